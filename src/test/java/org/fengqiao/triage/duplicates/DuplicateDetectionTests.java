package org.fengqiao.triage.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fengqiao.triage.classifier.LabelledMessage;
import org.fengqiao.triage.classifier.ShippedModel;
import org.fengqiao.triage.classifier.SparseVector;
import org.fengqiao.triage.classifier.TextModel;
import org.fengqiao.triage.classifier.TrainingData;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of duplicate detection (LSH candidates, then TF-IDF cosine at the shipped threshold 0.5)
 * on a labelled set built from the real messages: every message is indexed; queries are near-copies (random
 * character edits), paraphrase-like variants (sentences shuffled, the last one dropped) and real messages that
 * share a place phrase with another message (different issues of one place: no duplicate expected).
 */
class DuplicateDetectionTests {

    static final double THRESHOLD = 0.5;
    static final int QUERIES_PER_KIND = 300;

    record Query(String kind, String text, String self, String expected) {
    }

    @Test
    void duplicatesAreFoundWithHighPrecisionAndRecallWithoutComparingAllPairs() throws Exception {
        List<LabelledMessage> rows = TrainingData.rows();
        TextModel model = ShippedModel.load();
        LshIndex index = new LshIndex();
        Map<String, SparseVector> vectors = new HashMap<>();
        for (LabelledMessage m : rows) {
            index.add(m.id(), m.text());
            vectors.put(m.id(), model.vector(m.text()));
        }
        List<Query> queries = labelledSet(rows, new Random(20260401));
        Map<String, int[]> byKind = new java.util.TreeMap<>();
        long candidates = 0;
        int tp = 0, fp = 0, fn = 0;
        for (Query q : queries) {
            SparseVector v = model.vector(q.text());
            Set<String> found = new java.util.HashSet<>();
            Set<String> cands = index.candidates(q.text());
            candidates += cands.size();
            for (String id : cands) {
                if (!id.equals(q.self()) && v.dot(vectors.get(id)) >= THRESHOLD) {
                    found.add(id);
                }
            }
            int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[3]);
            boolean hit = q.expected() != null && found.remove(q.expected());
            if (hit) {
                tp++;
                k[0]++;
            } else if (q.expected() != null) {
                fn++;
                k[2]++;
            }
            fp += found.size();
            k[1] += found.size();
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        System.out.printf(Locale.ROOT, "duplicates: %d indexed, %d queries, mean candidates per query %.1f "
                + "(all-pairs would compare %d)%n", rows.size(), queries.size(),
                candidates / (double) queries.size(), rows.size());
        byKind.forEach((kind, k) -> System.out.printf(Locale.ROOT, "  %-11s tp=%d fp=%d fn=%d%n", kind, k[0], k[1],
                k[2]));
        System.out.printf(Locale.ROOT, "duplicate_precision=%.4f duplicate_recall=%.4f%n", precision, recall);
        assertThat(precision).isGreaterThanOrEqualTo(0.90);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
        assertThat(candidates / (double) queries.size()).isLessThan(rows.size() / 20.0);
    }

    static List<Query> labelledSet(List<LabelledMessage> rows, Random random) {
        List<Query> out = new ArrayList<>();
        List<LabelledMessage> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, random);
        for (LabelledMessage m : shuffled.subList(0, QUERIES_PER_KIND)) {
            out.add(new Query("near-copy", edit(m.text(), random), null, m.id()));
        }
        int paraphrases = 0;
        for (LabelledMessage m : shuffled) {
            String p = paraphrase(m.body(), random);
            if (p != null) {
                out.add(new Query("paraphrase", m.title() + "\n" + p, null, m.id()));
                if (++paraphrases == QUERIES_PER_KIND) {
                    break;
                }
            }
        }
        out.addAll(samePlace(rows));
        return out;
    }

    /** About one character in twenty deleted, replaced or doubled, as when a text is copied and touched up. */
    static String edit(String text, Random random) {
        StringBuilder s = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            int r = random.nextInt(60);
            if (r == 0) {
                continue;
            }
            s.appendCodePoint(r == 1 ? cps[random.nextInt(cps.length)] : cp);
            if (r == 2) {
                s.append('，');
            }
        }
        return s.toString();
    }

    /** The sentences in another order without the last one; null when there are fewer than three sentences. */
    static String paraphrase(String body, Random random) {
        List<String> sentences = new ArrayList<>(List.of(body.split("(?<=[。！？!?；;])")));
        sentences.removeIf(String::isBlank);
        if (sentences.size() < 3) {
            return null;
        }
        sentences.remove(sentences.size() - 1);
        Collections.shuffle(sentences, random);
        return String.join("", sentences);
    }

    /**
     * Real messages whose titles share a five-character phrase (a place such as an estate, road or school) with another message (e.g. the same estate):
     * the other message is a different issue of the same place, so nothing is expected.
     */
    static List<Query> samePlace(List<LabelledMessage> rows) {
        Map<String, LabelledMessage> firstByPhrase = new HashMap<>();
        List<Query> out = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (LabelledMessage m : rows) {
            String title = m.title();
            for (int i = 0; i + 5 <= title.length() && out.size() < QUERIES_PER_KIND; i++) {
                String phrase = title.substring(i, i + 5);
                if (!phrase.codePoints().allMatch(Character::isLetterOrDigit) || phrase.startsWith("A市")) {
                    continue;
                }
                LabelledMessage other = firstByPhrase.putIfAbsent(phrase, m);
                if (other != null && other != m && used.add(m.id())) {
                    out.add(new Query("same-place", m.text(), m.id(), null));
                    break;
                }
            }
        }
        return out;
    }
}
