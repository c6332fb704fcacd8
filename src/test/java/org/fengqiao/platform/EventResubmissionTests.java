package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/** A listener that failed once runs again when resubmitted as the cluster's task does, without restarting anything. */
@SpringBootTest
class EventResubmissionTests {

    record Ping(UUID id) {
    }

    /** Fails the first delivery of each ping, as a listener does when the database deadlocks. */
    static class FlakyListener {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();

        @ApplicationModuleListener
        void on(Ping ping) {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("transient failure");
            }
            done.incrementAndGet();
        }

        public int calls() {
            return calls.get();
        }

        public int done() {
            return done.get();
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    FlakyListener listener;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aFailedListenerRunsAgainWhenTheTaskResubmitsAndItsPublicationCompletes() throws Exception {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publishEvent(new Ping(id)));
        await(() -> listener.calls() == 1);
        Thread.sleep(300);
        assertThat(listener.done()).isZero();
        assertThat(incomplete(id)).as("the failed delivery stays incomplete").isEqualTo(1);

        // the task's options, narrowed to this test's event: other cached test contexts (paused) may hold
        // publications of their own in their executors' queues, which must not be handed out here as well
        incomplete.resubmitIncompletePublications(EventResubmission.options(java.time.Duration.ZERO)
                .withFilter(p -> p.getEvent() instanceof Ping ping && ping.id().equals(id)));
        await(() -> listener.done() == 1);
        await(() -> incomplete(id) == 0);
        assertThat(listener.calls()).isEqualTo(2);
        assertThat(incomplete(id)).isZero();
    }

    private long incomplete(UUID id) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL "
                + "AND serialized_event LIKE ?").param("%" + id + "%").query(Long.class).single();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
    }
}
