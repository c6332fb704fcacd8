package org.fengqiao.notify;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends a notice: recorded with the caller's transaction, delivered after it commits, never lost in between. */
@Service
public class Notifications {

    private final ApplicationEventPublisher events;

    Notifications(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional
    public void send(Notice notice) {
        events.publishEvent(new NoticeRequested(notice));
    }
}
