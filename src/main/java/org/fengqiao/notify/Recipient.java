package org.fengqiao.notify;

import java.util.UUID;

/** A person a notice reaches, with what channels may need to reach them. */
public record Recipient(UUID personId, String displayName, String phone) {
}
