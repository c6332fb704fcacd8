package org.fengqiao.casework;

/**
 * How a closed case was closed. Only {@link #CONFIRMED} means the reporter said the problem is solved, so a
 * closure rate can never pass for a solution rate.
 */
public enum ClosureKind {
    /** The reporter answered "satisfied" (销号). */
    CONFIRMED,
    /** The reporter did not answer within the limit after the reply. */
    NO_VERDICT,
    /** The dispatcher closed it without the reporter's confirmation. */
    BY_DISPATCHER,
    /** Merged into another case as a duplicate; it follows that case's handling and is not counted as solved. */
    MERGED
}
