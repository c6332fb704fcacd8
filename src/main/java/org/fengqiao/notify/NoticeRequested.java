package org.fengqiao.notify;

/** A notice sent through {@link Notifications#send}, not tied to any other module's event. */
public record NoticeRequested(Notice notice) implements Notifiable {
}
