package org.fengqiao.triage.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory LSH index over {@link MinHash} bands: {@link #candidates} returns the ids that share at least one
 * band bucket with a text, in the order they were added. Not thread-safe; the persisted index is the
 * {@code triage_band} table, which uses the same buckets.
 */
public final class LshIndex {

    private final List<Map<Long, List<String>>> bands = new ArrayList<>();
    private int size;

    public LshIndex() {
        for (int b = 0; b < MinHash.BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    public void add(String id, String text) {
        long[] buckets = MinHash.bands(text);
        for (int b = 0; b < buckets.length; b++) {
            bands.get(b).computeIfAbsent(buckets[b], k -> new ArrayList<>()).add(id);
        }
        size++;
    }

    public Set<String> candidates(String text) {
        long[] buckets = MinHash.bands(text);
        Set<String> out = new LinkedHashSet<>();
        for (int b = 0; b < buckets.length; b++) {
            out.addAll(bands.get(b).getOrDefault(buckets[b], List.of()));
        }
        return out;
    }

    public int size() {
        return size;
    }
}
