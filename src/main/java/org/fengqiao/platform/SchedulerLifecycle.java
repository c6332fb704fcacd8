package org.fengqiao.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ties db-scheduler's polling to the application context's lifecycle: a stopped context (shutting down, or a
 * cached test context paused while another one runs) picks up no more executions, so none lands on an instance
 * whose task executor no longer runs the listeners that the execution's events need. db-scheduler starts on its
 * own once the application is ready; a context started again resumes polling. Executions already running finish.
 */
@Component
class SchedulerLifecycle implements SmartLifecycle {

    private final ObjectProvider<Scheduler> scheduler;
    private volatile boolean running;

    SchedulerLifecycle(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        scheduler.ifAvailable(s -> {
            if (s.getSchedulerState().isPaused()) {
                s.resume();
            }
        });
        running = true;
    }

    @Override
    public void stop() {
        scheduler.ifAvailable(s -> {
            if (!s.getSchedulerState().isShuttingDown()) {
                s.pause();
            }
        });
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops among the first, before the task executors and the web server. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
