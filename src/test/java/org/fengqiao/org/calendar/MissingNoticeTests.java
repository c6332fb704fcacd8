package org.fengqiao.org.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.WebSession;
import org.fengqiao.org.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A year without a stored holiday notice counts weekends only, and admins are told so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissingNoticeTests {

    @LocalServerPort
    int port;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void aYearWithoutNoticeCountsMondayToFridayInsteadOfRefusing() {
        assertThat(calendar.years()).doesNotContain(2040);
        assertThat(calendar.addWorkingDays(LocalDate.of(2040, 9, 28), 1)).isEqualTo(LocalDate.of(2040, 10, 1));
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 10, 1))).as("no National Day without a notice").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2040, 10, 6))).isFalse();
        assertThat(calendar.yearsWithoutNotice(LocalDate.of(2040, 3, 1))).containsExactly(2040, 2041);
        assertThat(calendar.yearsWithoutNotice(LocalDate.of(2026, 3, 1))).doesNotContain(2026);
    }

    @Test
    void adminsSeeTheMissingYearOnTheCalendarPageAndInTheNavigationOthersDoNot() throws Exception {
        List<Integer> missing = calendar.yearsWithoutNotice(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        WebSession admin = WebSession.browser(port, "admin");
        String page = admin.get("/calendar").body();
        String nav = admin.get("/calendar/warning").body();
        assertThat(admin.get("/casework/cases").body()).contains("/calendar/warning");
        for (int year : missing) {
            assertThat(page).contains(year + "年节假日安排未导入");
            assertThat(nav).contains(year + "年节假日安排未导入");
        }
        if (missing.isEmpty()) {
            assertThat(nav).doesNotContain("未导入");
        }
        WebSession dispatcher = WebSession.browser(port, "dispatcher");
        assertThat(dispatcher.get("/calendar/warning").body()).doesNotContain("未导入");
        assertThat(dispatcher.get("/calendar").body()).doesNotContain("节假日安排未导入");
        assertThat(dispatcher.get("/casework/cases").body()).doesNotContain("/calendar/warning");
    }
}
