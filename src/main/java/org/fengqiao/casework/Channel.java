package org.fengqiao.casework;

/** Where a case came in, and from where a later step was taken. */
public enum Channel {
    /** The public reporter form. */
    WEB_FORM,
    /** An officer's visit to a firm. */
    FIELD_VISIT,
    /** A phone call taken by a dispatcher. */
    PHONE,
    /** A machine client of the REST API. */
    API,
    /** Open311 GeoReport v2 clients. */
    OPEN311,
    /** Staff pages (workbench, inbox, case page). */
    WORKBENCH,
    /** Timers and imports. */
    SYSTEM
}
