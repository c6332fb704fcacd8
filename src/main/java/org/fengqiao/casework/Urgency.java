package org.fengqiao.casework;

/** How fast a case must move, after the 12345 hotline classes (紧急 ≤2 h, 水电气 ≤24 h, 一般 ≤7 and 复杂 ≤15 working days). */
public enum Urgency {
    URGENT, UTILITIES, GENERAL, COMPLEX
}
