package org.fengqiao.casework;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of every case command: the version the client last saw, and whichever of the other fields the action
 * needs (reject/cancel/reopen: {@code reason}; assign: {@code units} and optional {@code lead}; return:
 * {@code returnReason}; progress/rule: {@code note}; resolve: {@code result}; reply: {@code reply}; verdict:
 * {@code satisfied}, {@code score}, optional {@code note}).
 */
record CaseCommand(@NotNull Long version, @Size(max = 5000) String note, @Size(max = 5000) String reason,
        @Size(max = 10) List<@Size(max = 32) String> units, @Size(max = 32) String lead, ReturnReason returnReason,
        @Size(max = 5000) String result, @Size(max = 5000) String reply, Boolean satisfied,
        @Min(1) @Max(5) Integer score) {

    static CaseCommand version(long version) {
        return new CaseCommand(version, null, null, null, null, null, null, null, null, null);
    }
}
