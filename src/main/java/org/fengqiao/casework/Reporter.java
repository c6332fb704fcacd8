package org.fengqiao.casework;

import java.util.UUID;

import org.fengqiao.shared.PhoneNumber;

/** The person who raised the case; {@code personId} is set when they were signed in. */
record Reporter(String name, PhoneNumber phone, UUID personId) {
}
