package org.fengqiao.notify;

import java.util.UUID;

/** One message for one address on one channel; {@code attempt} counts from 1. */
public record Delivery(UUID id, String channel, String address, String title, String body, String link,
        int attempt) {
}
