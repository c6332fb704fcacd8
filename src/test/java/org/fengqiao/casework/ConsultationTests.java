package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Joint consultations: their tasks block the resolve until every unit has finished its part. */
@SpringBootTest
class ConsultationTests {

    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseHandling handling;
    @Autowired
    JointConsultation consultation;
    @Autowired
    JdbcClient jdbc;

    Actor actor(String username) {
        return fixtures.actor(username);
    }

    long version(CaseId id) {
        return jdbc.sql("SELECT version FROM cases WHERE id = ?").param(id.value()).query(Long.class).single();
    }

    String status(CaseId id) {
        return jdbc.sql("SELECT status FROM cases WHERE id = ?").param(id.value()).query(String.class).single();
    }

    @Test
    void aCaseWithOpenConsultationTasksCannotBeResolvedUntilEachUnitHasFinishedItsTask() {
        Actor dispatcher = actor("dispatcher");
        Actor handler = actor("handler");
        CaseId id = fixtures.assignedToU03(new Submission("油烟扰民多部门推诿", "楼下餐馆油烟直排，环保、城管、市场监管互相推诿。",
                Category.ENVIRONMENT, "王女士", "13900001111", null, null, "东湖路 20 号", null, null, "C01", null),
                "dispatcher", Channel.PHONE, Instant.now());
        handling.act(id, Action.ACKNOWLEDGE, CaseCommand.version(version(id)), handler, Channel.WORKBENCH,
                Instant.now());

        assertThatThrownBy(() -> consultation.convene(id, List.of("U03", "U06"), Instant.now(), "", "", dispatcher,
                Instant.now())).isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "place");
        assertThatThrownBy(() -> consultation.convene(id, List.of("U03", "U06"), Instant.now(), "街道会议室", null,
                handler, Instant.now())).isInstanceOf(Forbidden.class);
        UUID meeting = consultation.convene(id, List.of("U03", "U06", "U07"), Instant.now().plus(Duration.ofDays(1)),
                "东湖街道三楼会议室", null, dispatcher, Instant.now());
        consultation.record(meeting, List.of("U03", "U06"), "三部门现场会商，明确油烟净化整改分工。", "限期安装油烟净化设备",
                dispatcher, Instant.now());
        UUID task = consultation.addTask(meeting, "U03", "督促餐馆安装油烟净化器并复查",
                Instant.now().plus(Duration.ofDays(5)), dispatcher, Instant.now());

        long before = version(id);
        assertThatThrownBy(() -> handling.act(id, Action.RESOLVE, new CaseCommand(before, null, null, null, null, null,
                "已协调整改", null, null, null), handler, Channel.WORKBENCH, Instant.now()))
                .isInstanceOf(InvalidInput.class).hasFieldOrPropertyWithValue("field", "tasks");
        assertThat(version(id)).isEqualTo(before);
        assertThat(status(id)).isEqualTo("ACKNOWLEDGED");

        assertThatThrownBy(() -> consultation.complete(task, "外单位", actor("officer"), Instant.now()))
                .isInstanceOf(Forbidden.class);
        consultation.complete(task, "已安装并复查合格", handler, Instant.now());
        handling.act(id, Action.RESOLVE, new CaseCommand(before, null, null, null, null, null, "已协调整改", null, null,
                null), handler, Channel.WORKBENCH, Instant.now());
        assertThat(status(id)).isEqualTo("RESOLVED");
        assertThat(jdbc.sql("SELECT attended FROM consultation_unit WHERE consultation_id = ? ORDER BY attended")
                .param(meeting).query(Boolean.class).list()).containsExactly(false, true, true);
    }
}
