package org.fengqiao.notify;

import java.util.List;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.fengqiao.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One attempt to send a stored delivery; a failure is recorded and thrown so that db-scheduler retries it. */
@Component
class DeliveryAttempts {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("notify-delivery", String.class);

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Deliveries deliveries;
    private final List<NotificationChannel> channels;

    DeliveryAttempts(Deliveries deliveries, List<NotificationChannel> channels) {
        this.deliveries = deliveries;
        this.channels = channels;
    }

    void attempt(String deliveryId) {
        UUID id = UUID.fromString(deliveryId);
        var row = deliveries.find(id).orElse(null);
        if (row == null || row.status() != Deliveries.Status.PENDING) {
            return;
        }
        Delivery d = row.delivery();
        NotificationChannel channel = channels.stream().filter(c -> c.name().equals(d.channel())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no channel " + d.channel()));
        try {
            channel.deliver(d);
            deliveries.sent(id);
        } catch (Exception e) {
            deliveries.attemptFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            log.warn("Delivery {} on {} to {} failed (attempt {}): {}", id, d.channel(), Masking.phone(d.address()),
                    d.attempt(), e.getMessage());
            throw new DeliveryFailed(e);
        }
    }

    void giveUp(String deliveryId) {
        deliveries.gaveUp(UUID.fromString(deliveryId));
        log.error("Delivery {} given up after repeated failures", deliveryId);
    }

    static class DeliveryFailed extends RuntimeException {
        DeliveryFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
