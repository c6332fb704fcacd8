package org.fengqiao.notify;

import java.util.List;

/**
 * A way out of Fengqiao (robot webhook, SMS, ...). Implement it as a bean to add a channel. Deliveries are
 * stored first and sent by a db-scheduler task, so {@link #deliver} may be retried: it should be safe to repeat.
 */
public interface NotificationChannel {

    /** Stable name stored with each delivery. */
    String name();

    /** Where this notice goes on this channel, given its recipients; empty when the channel does not apply. */
    List<String> addresses(Notice notice, List<Recipient> recipients);

    /** Sends, or throws to have the delivery retried later with backoff. */
    void deliver(Delivery delivery) throws Exception;
}
