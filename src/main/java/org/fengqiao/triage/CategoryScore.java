package org.fengqiao.triage;

/** A category and the classifier's calibrated confidence in it (0..1). */
public record CategoryScore(String category, double confidence) {
}
