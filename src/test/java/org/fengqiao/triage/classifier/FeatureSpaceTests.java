package org.fengqiao.triage.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureSpaceTests {

    private static final String TEXT = "A市经济学院体育学院变相强制实习\n学生被安排到工厂流水线，每天工作12小时。";

    @Test
    void segmentationIsDeterministicAndDropsPunctuation() {
        String normalised = Tokenizer.normalise(TEXT);
        assertThat(Tokenizer.words(normalised)).isEqualTo(Tokenizer.words(normalised))
                .contains("体育", "学院", "强制", "实习", "学生")
                .doesNotContain("，", "。", " ");
    }

    @Test
    void normalisingFoldsCaseDigitsFullWidthAndWhitespace() {
        assertThat(Tokenizer.normalise("ＡＢＣ　abc\n\n 2020年１２月")).isEqualTo("abc abc 0000年00月");
    }

    @Test
    void theSameTextAlwaysGivesTheSameFeatures() {
        SparseVector a = FeatureSpace.DEFAULT.counts(TEXT);
        SparseVector b = FeatureSpace.DEFAULT.counts(new String(TEXT.toCharArray()));
        assertThat(a.indices()).isEqualTo(b.indices());
        assertThat(a.values()).isEqualTo(b.values());
        assertThat(a.indices()).isSorted();
        assertThat(java.util.Arrays.stream(a.indices()).boxed())
                .allSatisfy(i -> assertThat(i).isBetween(1, FeatureSpace.DEFAULT.dimensions()));
    }

    @Test
    void featuresHoldCharacterNgramsAndWordNgrams() {
        int chars = new FeatureSpace(17, 3, 0).counts("物业收费").values().length;
        int both = FeatureSpace.DEFAULT.counts("物业收费").values().length;
        // 4 unigrams + 3 bigrams + 2 trigrams, then the words 物业, 收费 and the bigram 物业 收费
        assertThat(chars).isEqualTo(9);
        assertThat(both).isEqualTo(12);
    }

    @Test
    void tfIdfVectorsHaveUnitLength() {
        Weighting w = Weighting.fit(java.util.List.of(FeatureSpace.DEFAULT.counts(TEXT),
                FeatureSpace.DEFAULT.counts("小区物业乱收费")), FeatureSpace.DEFAULT.dimensions());
        SparseVector v = w.apply(FeatureSpace.DEFAULT.counts(TEXT));
        assertThat(v.dot(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
