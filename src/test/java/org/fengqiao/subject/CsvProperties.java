package org.fengqiao.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvProperties {

    @Property(tries = 500)
    void whatIsWrittenIsReadBackUnchanged(@ForAll("records") List<List<String>> records) {
        assertThat(Csv.parse(Csv.write(records))).isEqualTo(records);
    }

    @Property(tries = 1000)
    void anyTextEitherParsesOrIsRefusedAsUnterminated(@ForAll("csvish") String text) {
        try {
            List<List<String>> records = Csv.parse(text);
            assertThat(records).allSatisfy(r -> assertThat(r).isNotEmpty());
        } catch (Csv.Unterminated e) {
            assertThat(e.record).isPositive();
        }
    }

    @Example
    void readsQuotedCommasQuotesAndLineBreaksAsExcelWritesThem() {
        String text = "名称,地址\r\n\"东湖\"\"鑫达\"\"餐饮店\",\"绿荫路 1 号,\n二楼\"\n\n西岭超市,泽湖路\r\n";
        assertThat(Csv.parse(text)).containsExactly(List.of("名称", "地址"),
                List.of("东湖\"鑫达\"餐饮店", "绿荫路 1 号,\n二楼"), List.of("西岭超市", "泽湖路"));
    }

    @Example
    void strayQuoteInsideAnUnquotedFieldIsKeptAsText() {
        assertThat(Csv.parse("a\"b,c")).containsExactly(List.of("a\"b", "c"));
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> field = Arbitraries.strings()
                .withChars("ab1 ,\"\r\n东湖餐饮店统一社会信用代码，“”\t").ofMaxLength(12);
        return field.list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> csvish() {
        return Arbitraries.strings().withChars("a,\"\r\n东 ").ofMaxLength(40);
    }
}
