package org.fengqiao.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.fengqiao.subject.CreditCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 300 demo cases over the last 90 days in every state. Each is driven through the real intake and commands with
 * past timestamps, so histories are exactly what the aggregate would have written. Skips when cases exist.
 */
@Component
@ConditionalOnDemoData
@Order(30)
class CaseworkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
    private static final int COUNT = 300;
    private static final List<String> PLACES = List.of("C01", "C02", "C03", "C04", "T01", "T02");
    /**
     * Where the demo district's places lie (latitude, longitude: invented, a few kilometres apart), so that the map
     * of cases shows something: a reporter's phone page sends its position when allowed.
     */
    private static final Map<String, double[]> CENTRES = Map.of("C01", new double[] {29.712, 120.262}, "C02",
            new double[] {29.705, 120.281}, "T01", new double[] {29.716, 120.274}, "C03",
            new double[] {29.688, 120.221}, "C04", new double[] {29.679, 120.236}, "T02",
            new double[] {29.684, 120.229});
    private static final Map<Category, String> UNIT = Map.of(Category.URBAN_CONSTRUCTION, "U06",
            Category.ENVIRONMENT, "U07", Category.TRANSPORT, "U06", Category.EDUCATION_CULTURE_SPORTS, "U08",
            Category.LABOUR_SOCIAL_SECURITY, "U08", Category.COMMERCE_TOURISM, "U03",
            Category.HEALTH_FAMILY_PLANNING, "U03", Category.BUSINESS_OPERATIONS, "U03", Category.OTHER, "U10");

    /** Where a demo case ends up. */
    enum Target { SUBMITTED, ACCEPTED, REJECTED, ASSIGNED, RETURNED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REPLIED,
        CONFIRMED, NO_VERDICT, BY_DISPATCHER, CANCELLED, REOPENED }

    private static final int[] WEIGHTS = {18, 14, 10, 20, 12, 18, 32, 18, 24, 82, 16, 14, 12, 10};

    private final CaseIntake intake;
    private final CaseHandling handling;
    private final Cases cases;
    private final People people;
    private final Units units;
    private final Jurisdictions jurisdictions;
    private final TransactionTemplate tx;

    CaseworkDemoData(CaseIntake intake, CaseHandling handling, Cases cases, People people, Units units,
            Jurisdictions jurisdictions, TransactionTemplate tx) {
        this.intake = intake;
        this.handling = handling;
        this.cases = cases;
        this.people = people;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cases.isEmpty() || people.findByUsername("dispatcher").isEmpty()) {
            return;
        }
        Random random = new Random(20261125L);
        Random where = new Random(31L); // apart from `random`, so the cases themselves stay as they were
        Faker faker = new Faker(Locale.SIMPLIFIED_CHINESE, random);
        Actor dispatcher = actor("dispatcher");
        Actor officer = actor("officer");
        Actor enterprise = actor("enterprise");
        Instant now = Instant.now();
        List<Target> targets = targets();
        for (int i = 0; i < COUNT; i++) {
            Target target = targets.get(i);
            Category category = Category.values()[random.nextInt(Category.values().length)];
            String place = PLACES.get(random.nextInt(PLACES.size()));
            DemoCaseTexts.Text text = DemoCaseTexts.generate(category, random);
            // open cases are recent; replied ones still inside the verdict limit, or VerdictDeadline would close them
            int maxAge = target.ordinal() <= Target.RETURNED.ordinal() || target == Target.REPLIED ? 6 : 88;
            Instant created = now.minus(Duration.ofMinutes(90 + random.nextInt(maxAge * 24 * 60)));
            Script s = new Script(now, created);
            double[] at = located(place, where);
            tx.executeWithoutResult(status -> drive(s, target, category, place, at, text, random, faker, dispatcher,
                    officer, enterprise));
        }
        log.info("Demo casework created: {} cases", COUNT);
    }

    /** Four in five demo cases carry a position near their place's centre; the rest came without one. */
    private static double[] located(String place, Random where) {
        if (where.nextInt(5) == 0) {
            return null;
        }
        double[] centre = CENTRES.get(place);
        return new double[] {centre[0] + where.nextGaussian() * 0.004, centre[1] + where.nextGaussian() * 0.005};
    }

    private void drive(Script s, Target target, Category category, String place, double[] at,
            DemoCaseTexts.Text text, Random random, Faker faker, Actor dispatcher, Actor officer, Actor enterprise) {
        boolean east = place.equals("T01") || place.startsWith("C0") && place.compareTo("C03") < 0;
        int channel = random.nextInt(10);
        Actor reporter = channel < 4 ? Actor.anonymousResident() : channel < 7 ? dispatcher
                : channel < 9 && east ? officer : text.firm() != null ? enterprise : dispatcher;
        Channel via = reporter == dispatcher ? Channel.PHONE : reporter == officer ? Channel.FIELD_VISIT
                : Channel.WEB_FORM;
        String credit = text.firm() != null && random.nextBoolean() ? creditCode(text.firm()) : null;
        Submission sub = new Submission(text.title(), text.description(), category, faker.name().fullName(),
                "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000)), credit, text.firm(),
                null, at == null ? null : at[0], at == null ? null : at[1], place, null);
        CaseId id = intake.submit(sub, reporter, via, s.at).filed().id();
        s.id = id;
        if (target == Target.SUBMITTED) {
            return;
        }
        if (target == Target.REJECTED) {
            s.run(Action.REJECT, dispatcher, cmd(s).reason("不属于受理范围，已告知反映人向相关渠道反映"));
            return;
        }
        s.run(Action.ACCEPT, dispatcher, cmd(s));
        if (target == Target.ACCEPTED) {
            return;
        }
        if (target == Target.CANCELLED) {
            s.run(Action.CANCEL, dispatcher, cmd(s).reason("反映人来电表示问题已自行解决，申请撤销"));
            return;
        }
        String unitCode = category == Category.PUBLIC_SAFETY ? (east ? "U01" : "U02") : UNIT.get(category);
        List<String> assigned = new ArrayList<>(List.of(unitCode));
        if (random.nextInt(5) == 0) {
            assigned.add(random.nextBoolean() ? "U04" : "U05");
        }
        if (random.nextInt(8) == 0 || target == Target.RETURNED) {
            String wrong = unitCode.equals("U06") ? "U10" : "U06";
            s.run(Action.ASSIGN, dispatcher, cmd(s).units(List.of(wrong)));
            s.run(Action.RETURN, handler(wrong), cmd(s).returnReason(ReturnReason.NOT_OUR_DUTY)
                    .note("该事项不在本单位职责范围内，建议交" + unit(unitCode).name()));
            if (target == Target.RETURNED) {
                return;
            }
        }
        s.run(Action.ASSIGN, dispatcher, cmd(s).units(assigned).lead(unitCode));
        if (target == Target.ASSIGNED) {
            return;
        }
        Actor handler = handler(unitCode);
        s.run(Action.ACKNOWLEDGE, handler, cmd(s));
        if (target == Target.ACKNOWLEDGED) {
            return;
        }
        s.run(Action.PROGRESS, handler, cmd(s).note("已联系反映人并到现场核实，情况属实，正在协调处理。"));
        if (target == Target.IN_PROGRESS) {
            return;
        }
        s.run(Action.RESOLVE, handler, cmd(s).result("已到现场处置，问题已整改，后续将加强日常巡查。"));
        if (target == Target.RESOLVED) {
            return;
        }
        if (target == Target.BY_DISPATCHER) {
            s.run(Action.CLOSE, dispatcher, cmd(s).note("经电话回访核实已解决，反映人未作评价，调度员结案。"));
            return;
        }
        s.run(Action.REPLY, dispatcher, cmd(s).reply("您反映的问题已由" + unit(unitCode).name() + "处理完毕：已整改到位。"));
        if (target == Target.REPLIED) {
            return;
        }
        if (target == Target.NO_VERDICT) {
            s.at = s.at.plus(Duration.ofDays(8));
            s.run(Action.CLOSE, dispatcher, cmd(s).note("反馈后七日内未收到评价，按规定结案。"));
            return;
        }
        Actor judge = reporter == enterprise ? enterprise : dispatcher;
        if (target == Target.REOPENED) {
            s.run(Action.VERDICT, judge, cmd(s).satisfied(false).score(2).note("问题没有彻底解决，又出现了。"));
            return;
        }
        int score = random.nextInt(10) == 0 ? 3 : 4 + random.nextInt(2);
        s.run(Action.VERDICT, judge, cmd(s).satisfied(true).score(score).note("处理及时，感谢！"));
    }

    private static List<Target> targets() {
        List<Target> out = new ArrayList<>();
        Target[] all = Target.values();
        for (int t = 0; t < all.length; t++) {
            for (int n = 0; n < WEIGHTS[t]; n++) {
                out.add(all[t]);
            }
        }
        java.util.Collections.shuffle(out, new Random(7));
        return out.subList(0, COUNT);
    }

    /** Walks one case forward with plausible gaps, never past now. */
    private final class Script {
        final Instant now;
        Instant at;
        CaseId id;
        long version;

        Script(Instant now, Instant created) {
            this.now = now;
            this.at = created;
        }

        void run(Action action, Actor actor, Builder command) {
            long left = Duration.between(at, now).toMinutes();
            at = at.plus(Duration.ofMinutes(Math.max(1, Math.min(left / 4, 60 + (left % 997) * 3))));
            if (at.isAfter(now)) {
                at = now;
            }
            handling.act(id, action, command.build(), actor, Channel.WORKBENCH, at);
            version++;
        }
    }

    private static Builder cmd(Script s) {
        return new Builder(s.version);
    }

    /** Fluent construction of a command for the script. */
    private static final class Builder {
        private final long version;
        private String note;
        private String reason;
        private List<String> units;
        private String lead;
        private ReturnReason returnReason;
        private String result;
        private String reply;
        private Boolean satisfied;
        private Integer score;

        Builder(long version) {
            this.version = version;
        }

        Builder note(String v) { note = v; return this; }
        Builder reason(String v) { reason = v; return this; }
        Builder units(List<String> v) { units = v; return this; }
        Builder lead(String v) { lead = v; return this; }
        Builder returnReason(ReturnReason v) { returnReason = v; return this; }
        Builder result(String v) { result = v; return this; }
        Builder reply(String v) { reply = v; return this; }
        Builder satisfied(boolean v) { satisfied = v; return this; }
        Builder score(int v) { score = v; return this; }

        CaseCommand build() {
            return new CaseCommand(version, note, reason, units, lead, returnReason, result, reply, satisfied, score);
        }
    }

    private Actor actor(String username) {
        Person p = people.findByUsername(username).orElseThrow();
        List<String> paths = new ArrayList<>();
        p.jurisdictionIds().forEach(j -> jurisdictions.find(j).ifPresent(x -> paths.add(x.path())));
        return new Actor(p.id(), p.username(), p.displayName(), p.roles(), p.unitIds(), paths);
    }

    /** The demo handler account for U03; for other units a named duty handler of that unit. */
    private Actor handler(String unitCode) {
        Unit u = unit(unitCode);
        if (unitCode.equals("U03")) {
            return actor("handler");
        }
        return new Actor(null, "duty-" + unitCode, u.name() + "值班经办人", Set.of(Role.HANDLER), Set.of(u.id()),
                List.of());
    }

    private Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private static String creditCode(String firm) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder("91330100MA");
        int h = Math.abs(firm.hashCode());
        for (int i = 0; i < 7; i++) {
            b.append(alphabet.charAt(h % alphabet.length()));
            h = h / 7 + 13 * i;
        }
        return new CreditCode(b + String.valueOf(CreditCode.checkCharacter(b.toString()))).value();
    }
}
