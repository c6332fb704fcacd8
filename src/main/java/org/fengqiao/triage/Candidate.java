package org.fengqiao.triage;

/** A text to compare against, with the caller's identifier (e.g. a case id). */
public record Candidate(String id, String text) {
}
