package org.fengqiao.triage.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedModelTests {

    static TextModel model;
    static long loadMillis;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        model = ShippedModel.load();
        model.probabilities("预热");
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("shipped triage model loaded in " + loadMillis + " ms");
    }

    @Test
    void shippedModelLoadsInUnderTwoSecondsWithSevenCategories() {
        assertThat(loadMillis).isLessThan(2000);
        assertThat(model.labels()).containsExactlyInAnyOrder("城乡建设", "环境保护", "交通运输", "教育文体",
                "劳动和社会保障", "商贸旅游", "卫生计生");
    }

    @ParameterizedTest
    @CsvSource({
        "小区楼下餐馆油烟和噪音扰民，污水直排河道，请环保部门查处, 环境保护",
        "公司拖欠工资半年不发，也不给我们缴纳社保和养老保险, 劳动和社会保障",
        "学校违规补课收费，老师强制学生购买教辅资料, 教育文体",
        "医院乱收费，医生态度恶劣，新生儿疫苗接种排队太久, 卫生计生",
        "公交车线路调整后站点太远，出租车拒载，道路客运班车停运, 交通运输",
        "小区违章搭建占道，棚户区改造拆迁安置房迟迟不交房, 城乡建设",
        "超市销售过期食品，旅行社强制购物，商家虚假宣传不退款, 商贸旅游"
    })
    void clearMessagesGetTheirCategory(String text, String category) {
        assertThat(model.predict(text)).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "！！！？？？。。。", "😀😡🙏", "abc ЖЖЖ ٣٤٥ 日本語のテキスト", "\u0000\u0007"})
    void confidencesSumToOneForAnyText(String text) {
        double[] p = model.probabilities(text);
        assertThat(p).hasSize(7);
        assertThat(Arrays.stream(p).boxed()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void aHundredKilobyteMessageIsClassifiedQuickly() {
        String huge = "小区物业乱收费，业主投诉无门。".repeat(7000);
        long start = System.nanoTime();
        double[] p = model.probabilities(huge);
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, offset(1e-9));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
    }

    @Test
    void aModelSurvivesTheRoundTripThroughBytes() {
        TextModel copy = TextModel.fromBytes(model.toBytes());
        String text = "公司拖欠工资，劳动监察不作为";
        assertThat(copy.probabilities(text)).containsExactly(model.probabilities(text));
        assertThat(copy.info()).isEqualTo(model.info());
    }
}
