package org.fengqiao.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspector on a 390 px phone: starts an inspection of a firm with a check form, answers an item, records a
 * finding and finishes; the finished record is stored as the page showed it and the page never widens the phone.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionRecordJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInspectorRecordsAnInspectionWithAFindingOnAPhone() {
        UUID firm = jdbc.sql("SELECT id FROM enterprise WHERE jurisdiction_path LIKE '/D01/T02/%' ORDER BY id LIMIT 1")
                .query(UUID.class).single();
        String note = "后厨地面油污未清理 " + ThreadLocalRandom.current().nextInt(1_000_000);
        String conclusion = "现场检查完成，已告知企业 " + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Browser b = Browser.phone(port)) {
            b.login("handler", "fengqiao-demo");
            b.open("/inspection/records/new?enterprise=" + firm);
            b.waitForText("开始");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.click("input[name=form]");
            b.screenshot("70-inspection-start");
            b.click("form[action$='/inspection/records'] button[type=submit]");
            b.waitForText("保存答题");
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.click("input[type=radio][value=YES]");
            b.click("form[action$='/answers'] button[type=submit]");
            b.waitForText("保存答题");
            b.type("form[action$='/findings'] textarea[name=note]", note);
            b.select("form[action$='/findings'] select[name=itemId]", "");
            b.select("form[action$='/findings'] select[name=severity]", "MAJOR");
            b.click("form[action$='/findings'] button[type=submit]");
            b.waitForText(note);
            b.screenshot("71-inspection-finding");
            b.type("form[action$='/finish'] textarea[name=note]", conclusion);
            b.click("form[action$='/finish'] button[type=submit]");
            b.waitForText(conclusion);
            ResidentNeedJourneyTests.fitsThePhone(b);
            b.screenshot("72-inspection-finished");
            assertThat(b.text()).contains(note, conclusion);
        }
        UUID record = jdbc.sql("SELECT record_id FROM inspection_finding WHERE note = ?").param(note)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT note FROM inspection_record WHERE id = ? AND finished_at IS NOT NULL")
                .param(record).query(String.class).single()).isEqualTo(conclusion);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_answer WHERE record_id = ? AND answer = 'YES'")
                .param(record).query(Integer.class).single()).isOne();
    }
}
