package org.fengqiao.triage.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Stratified assignment of rows to folds: every fold holds each category in about the same share. */
public final class Folds {

    private Folds() {
    }

    /** fold number of each row. */
    public static int[] stratified(List<String> labels, int folds, long seed) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
        }
        Random random = new Random(seed);
        int[] fold = new int[labels.size()];
        int next = 0;
        for (List<Integer> rows : byLabel.values()) {
            Collections.shuffle(rows, random);
            for (int row : rows) {
                fold[row] = next++ % folds;
            }
        }
        return fold;
    }
}
