package org.fengqiao.org.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class NoticeParserTests {

    @Test
    void readsRangesSingleDaysAndCsvAlike() {
        var p = NoticeParser.parse(2030, """
                # 2030 年部分
                2030-10-01..2030-10-03 国庆节 休
                2030-10-12 上班
                2030-05-01,2030-05-02,劳动节,休
                """);
        assertThat(p.errors()).isEmpty();
        assertThat(p.holidays()).isEqualTo(5);
        assertThat(p.entries()).anySatisfy(e -> {
            assertThat(e.day()).isEqualTo(LocalDate.of(2030, 10, 12));
            assertThat(e.kind()).isEqualTo(DayKind.WORKDAY);
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void everyBadLineIsReportedWithItsNumber() {
        var p = NoticeParser.parse(2030, """
                2030-10-01..2030-10-03 国庆节 休
                2030-02-30 休
                2030-10-09 上班
                2030-10-05..2030-10-04 休
                2031-01-01 元旦 休
                2030-10-02 休
                2030-10-12 加班
                """);
        assertThat(p.errors()).extracting(LineError::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(p.errors()).extracting(LineError::messageKey).containsExactly("calendar.import.badDate",
                "calendar.import.notWeekend", "calendar.import.inverted", "calendar.import.otherYear",
                "calendar.import.duplicate", "calendar.import.badKind");
        assertThatThrownBy(p::requireValid).isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("notice");
    }

    @Test
    void anEmptyNoticeIsRefused() {
        assertThat(NoticeParser.parse(2030, "\n# nothing\n").valid()).isFalse();
    }

    @Test
    void officeHoursRefuseInvertedAndOverlappingRanges() {
        assertThat(OfficeHours.parse("13:30-17:30，8:30-12:00").ranges()).hasSize(2);
        assertThatThrownBy(() -> OfficeHours.parse("12:00-08:30")).extracting("messageKey")
                .isEqualTo("calendar.hours.inverted");
        assertThatThrownBy(() -> OfficeHours.parse("08:30-12:00, 11:00-13:00")).extracting("messageKey")
                .isEqualTo("calendar.hours.overlap");
        assertThatThrownBy(() -> OfficeHours.parse("")).extracting("field").isEqualTo("ranges");
    }
}
