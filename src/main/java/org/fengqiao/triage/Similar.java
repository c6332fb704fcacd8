package org.fengqiao.triage;

/** A candidate whose text is similar: cosine similarity of the TF-IDF vectors, 0..1. */
public record Similar(String id, double similarity) {
}
