package org.fengqiao.triage.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvProperties {

    @Property(tries = 300)
    void readingAnyTextNeverCrashes(@ForAll("csvLike") String text) {
        List<List<String>> rows = Csv.parse(text);
        assertThat(rows).allSatisfy(r -> assertThat(r).isNotEmpty());
    }

    @Property(tries = 300)
    void writtenRecordsAreReadBackUnchanged(@ForAll("records") List<List<String>> rows) {
        assertThat(Csv.parse(Csv.write(rows))).isEqualTo(rows);
    }

    @Property(tries = 100)
    void messageFilesWithAnyFieldContentRoundTrip(@ForAll("fields") String title, @ForAll("fields") String body) {
        String file = Csv.write(List.of(List.of("id", "title", "body", "time", "label"),
                List.of("1", title, body, "", "城乡建设")));
        LabelledMessage m = MessageFile.read(new java.io.StringReader(file), "generated").get(0);
        assertThat(m.title()).isEqualTo(title);
        assertThat(m.body()).isEqualTo(body);
        assertThat(m.text()).isEqualTo(title + "\n" + body);
    }

    @Provide
    Arbitrary<String> csvLike() {
        return Arbitraries.strings().withChars("ab,\"\r\n 枫😀").ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.strings().withChars("ab,\"\r\n 枫桥😀").ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        return fields().list().ofMinSize(1).ofMaxSize(6).list().ofMaxSize(8);
    }
}
