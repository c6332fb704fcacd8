package org.fengqiao.shared;

/**
 * An event that belongs in the audit trail. Modules' domain events implement it, and the audit module records
 * them without knowing the modules.
 */
public interface Audited {

    /** Username of whoever caused it ("anonymous" for a resident without account, "system" for timers). */
    String auditActor();

    /** What happened, e.g. {@code case.assign}. */
    String auditAction();

    /** Kind of thing changed, e.g. {@code case}. */
    String auditSubjectType();

    /** Its id. */
    String auditSubjectId();

    /** A short human-readable detail; never personal data in full. */
    default String auditDetail() {
        return "";
    }
}
