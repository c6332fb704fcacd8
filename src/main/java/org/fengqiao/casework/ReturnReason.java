package org.fengqiao.casework;

/** The only grounds on which a unit may hand a case back (against cases bounced between units). */
public enum ReturnReason {
    NOT_OUR_DUTY, WRONG_JURISDICTION, INSUFFICIENT_INFORMATION, DUPLICATE, ANOTHER_UNIT_LEADS
}
