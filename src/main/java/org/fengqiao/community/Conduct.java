package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A police station's daily check of its own conduct (三查三看): 查纪律作风、执法规范、内务管理; 看工作态度、工作效率、
 * 群众满意度. Each station keeps its own items per dimension; a checker answers every item for one team a day, and
 * every failed item becomes a finding to be rectified by a deadline.
 */
final class Conduct {

    private Conduct() {
    }

    enum Dimension {
        DISCIPLINE, LAW_ENFORCEMENT, HOUSEKEEPING, ATTITUDE, EFFICIENCY, SATISFACTION;

        /** The three 查 are about rules kept, the three 看 about how the public is served. */
        boolean looked() {
            return ordinal() >= ATTITUDE.ordinal();
        }
    }

    /** The items a new station starts with, two per dimension; stations add and retire their own. */
    static final List<List<String>> DEFAULT_ITEMS = List.of(
            List.of("按时到岗、不迟到早退，值班备勤在岗在位", "无饮酒、赌博等违反禁令行为"),
            List.of("执法记录仪全程开启、按规定上传", "案件受理登记及时、法律文书填写规范"),
            List.of("办公区、值班室整洁有序，装备定位存放", "涉案财物登记保管规范、账物相符"),
            List.of("接待群众起身相迎、使用文明用语", "不推诿、不冷硬横推"),
            List.of("群众诉求当日登记、按时限反馈", "警情处置到场及时"),
            List.of("当日回访群众无不满意评价", "无群众有效投诉"));

    record Item(UUID id, UUID unitId, Dimension dimension, String text, int position) {
    }

    /** One answer of a check: the item passed, or failed with a note that becomes the finding. */
    record Answer(UUID itemId, boolean passed, String note) {
    }

    record Finding(UUID id, UUID checkId, UUID unitId, String team, Dimension dimension, String item, String text,
            LocalDate checkedOn, LocalDate dueOn, Instant rectifiedAt, String rectifiedBy, String rectification) {

        public boolean rectified() {
            return rectifiedAt != null;
        }

        public boolean overdue(LocalDate today) {
            return rectifiedAt == null && dueOn.isBefore(today);
        }
    }

    /** A team's month: checks, answers passed, findings and the score (share of items passed, in percent). */
    record TeamMonth(String team, long checks, long answers, long passed, long findings, long open, long overdue) {

        public Double score() {
            return answers == 0 ? null : Math.round(passed * 1000.0 / answers) / 10.0;
        }
    }

    /** One day's check of a team: who checked, how many items were answered and passed. */
    record DailyCheck(UUID id, String team, LocalDate checkedOn, String checker, long answers, long passed) {

        public long failed() {
            return answers - passed;
        }
    }

    /** Citizens' verdicts in the month on cases this station led (from the case loop). */
    record Satisfaction(long rated, long satisfied) {

        public Double rate() {
            return rated == 0 ? null : Math.round(satisfied * 1000.0 / rated) / 10.0;
        }
    }
}
