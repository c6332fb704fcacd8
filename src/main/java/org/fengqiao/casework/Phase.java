package org.fengqiao.casework;

/** The stretches of a case that each run against their own time limit. */
public enum Phase {
    /** From submission until a dispatcher accepts (受理) or rejects it. */
    ACCEPT,
    /** From assignment until the lead unit acknowledges (签收). */
    ACKNOWLEDGE,
    /** From assignment until the first action the policy counts as a response (首次响应). */
    FIRST_REPLY,
    /** From assignment until the lead unit resolves the case (办结). */
    RESOLVE
}
