package org.fengqiao.triage.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MinHash bands and the LSH index: same text same buckets, odd input no buckets and no exception. */
class MinHashTests {

    static final String TEXT = "小区东门垃圾桶满溢三天无人清运，气味很大，希望环卫部门尽快处理。";

    @Test
    void theSameLettersGiveTheSameBucketsWhateverThePunctuationAndCase() {
        assertThat(MinHash.bands(TEXT)).hasSize(MinHash.BANDS)
                .containsExactly(MinHash.bands("  小区东门垃圾桶满溢三天无人清运 气味很大!!希望环卫部门尽快处理"));
        assertThat(MinHash.bands("ABC road 12")).containsExactly(MinHash.bands("abc ROAD, 12."));
    }

    @Test
    void emptyPunctuationAndEmojiOnlyTextsHaveNoBucketsAndFindNothing() {
        LshIndex index = new LshIndex();
        index.add("a", TEXT);
        for (String odd : new String[] {null, "", "。。。！！？？", "😀😀🚗🚗", "   \n\t"}) {
            assertThat(MinHash.bands(odd)).isEmpty();
            assertThat(index.candidates(odd)).isEmpty();
        }
    }

    @Test
    void aHundredKilobyteTextIsIndexedWithoutTrouble() {
        String big = (TEXT + "😀 mixed English 和中文 ").repeat(100_000 / TEXT.length());
        assertThat(big.length()).isGreaterThan(100_000);
        LshIndex index = new LshIndex();
        index.add("big", big);
        assertThat(index.candidates(big)).containsExactly("big");
    }

    @Test
    void aNearCopyIsACandidateAndAnUnrelatedTextIsNot() {
        LshIndex index = new LshIndex();
        index.add("garbage", TEXT);
        index.add("school", "孩子所在小学强制学生参加补课并收取补课费，每学期每人一千元，请教育局查处。");
        assertThat(index.candidates("小区东门的垃圾桶满溢三天没人清运，气味很大，希望环卫部门尽快处理！"))
                .containsExactly("garbage");
        assertThat(index.candidates("高速公路出口长期拥堵，建议增设匝道并优化信号灯配时。")).isEmpty();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void theJaccardEstimateFollowsTheShareOfCommonShingles() {
        long[] a = MinHash.signature(TEXT);
        assertThat(MinHash.jaccard(a, a)).isEqualTo(1.0);
        assertThat(MinHash.jaccard(a, MinHash.signature("完全不同的一段文字，讲的是公交线路调整。"))).isLessThan(0.1);
        assertThat(MinHash.jaccard(a, new long[0])).isZero();
    }
}
