package org.fengqiao.subject;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fengqiao.org.Jurisdiction;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.People;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.fengqiao.shared.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 200 demo enterprises in the demo district's communities and grids, the same on every start (fixed seed), with
 * valid credit codes and mobiles. The first one, 东湖周记餐饮店, is represented by the {@code enterprise} account.
 */
@Component
@ConditionalOnDemoData
@Order(20)
class SubjectDemoData implements ApplicationRunner {

    static final int COUNT = 200;
    private static final long SEED = 20261125L;
    private static final Logger log = LoggerFactory.getLogger(SubjectDemoData.class);

    private static final List<String> INDUSTRIES = List.of("CATERING", "RETAIL", "MANUFACTURING", "CONSTRUCTION",
            "LOGISTICS", "LODGING", "ENTERTAINMENT", "PROCESSING", "CHEMICAL", "OTHER");
    private static final List<List<String>> SUFFIXES = List.of(
            List.of("餐饮店", "小吃店", "酒家", "面馆", "农家菜馆"),
            List.of("便利店", "超市", "商行", "副食品店"),
            List.of("机械制造有限公司", "五金制品有限公司", "电子科技有限公司", "服饰有限公司"),
            List.of("建筑工程有限公司", "装饰工程有限公司", "建材有限公司"),
            List.of("物流有限公司", "货运代理部", "快递服务站"),
            List.of("宾馆", "民宿", "商务酒店"),
            List.of("文化娱乐有限公司", "休闲会所", "棋牌室"),
            List.of("食品加工厂", "纺织加工厂", "木制品加工厂"),
            List.of("化工有限公司", "涂料有限公司", "塑料助剂有限公司"),
            List.of("汽车维修部", "美容美发店", "洗衣店", "家政服务部"));
    private static final String WORDS = "鑫恒盛瑞华丰达源祥泰隆兴佳和美旺福顺宏锦嘉诚信安康永新金利明";
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "朱", "马", "胡", "郭", "沈", "钱", "蒋", "俞");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华国庆文辉";

    private final Enterprises enterprises;
    private final Jurisdictions jurisdictions;
    private final People people;

    SubjectDemoData(Enterprises enterprises, Jurisdictions jurisdictions, People people) {
        this.enterprises = enterprises;
        this.jurisdictions = jurisdictions;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Random random = new Random(SEED);
        CreditCode first = creditCode(random);
        if (enterprises.findByCreditCode(first).isPresent()) {
            return;
        }
        List<Jurisdiction> places = List.of("C01", "G01", "C02", "G02", "C03", "G03", "C04", "G04").stream()
                .map(jurisdictions::findByCode).flatMap(java.util.Optional::stream).toList();
        if (places.size() < 8) {
            log.warn("Demo enterprises skipped: the demo district is missing");
            return;
        }
        Set<CreditCode> codes = new HashSet<>(Set.of(first));
        Enterprise zhou = enterprises.insert(new EnterpriseDetails("东湖周记餐饮店", first, "枫溪区东湖街道绿荫路 18 号",
                "CATERING", places.get(0).id(), places.get(0).path(), new Coordinates(30.752318, 120.761245),
                new Contact("周老板", new PhoneNumber("13800000006")), CreditStatus.GOOD));
        people.findByUsername("enterprise").ifPresent(p -> enterprises.addMember(zhou.id(), p.id()));
        for (int i = 1; i < COUNT; i++) {
            CreditCode code = creditCode(random);
            while (!codes.add(code)) {
                code = creditCode(random);
            }
            Jurisdiction place = places.get(i % places.size());
            enterprises.insert(enterprise(random, code, place));
        }
        log.info("Demo subjects created: {} enterprises", COUNT);
    }

    private static EnterpriseDetails enterprise(Random random, CreditCode code, Jurisdiction place) {
        boolean east = place.path().startsWith("/D01/T01/");
        int industry = random.nextInt(INDUSTRIES.size());
        List<String> suffixes = SUFFIXES.get(industry);
        String prefix = pick(random, east ? List.of("东湖", "绿荫", "景都", "湖滨") : List.of("西岭", "泽湖", "新桥", "岭南"));
        String name = prefix + WORDS.charAt(random.nextInt(WORDS.length())) + WORDS.charAt(random.nextInt(WORDS.length()))
                + pick(random, suffixes);
        String road = pick(random, east ? List.of("东湖路", "湖滨大道", "绿荫路", "景都路", "文昌街")
                : List.of("西岭大道", "泽湖路", "新桥街", "工业园路", "岭南路"));
        String address = "枫溪区" + (east ? "东湖街道" : "西岭镇") + road + " " + (1 + random.nextInt(388)) + " 号";
        double lat = 30.70 + random.nextDouble() * 0.10;
        double lon = (east ? 120.75 : 120.70) + random.nextDouble() * 0.05;
        String contact = pick(random, SURNAMES) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
        String mobile = "1" + "3456789".charAt(random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        int s = random.nextInt(100);
        CreditStatus status = s < 80 ? CreditStatus.GOOD : s < 95 ? CreditStatus.FAIR : CreditStatus.DISHONEST;
        return new EnterpriseDetails(name, code, address, INDUSTRIES.get(industry), place.id(), place.path(),
                new Coordinates(round(lat), round(lon)), new Contact(contact, new PhoneNumber(mobile)), status);
    }

    /** 9 (工商) 1 (企业), a made-up division code 330499, a random organisation code and its check character. */
    private static CreditCode creditCode(Random random) {
        StringBuilder first17 = new StringBuilder("91330499");
        for (int i = 0; i < 9; i++) {
            first17.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return new CreditCode(first17.toString() + CreditCode.checkCharacter(first17.toString()));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static double round(double d) {
        return Math.round(d * 1_000_000d) / 1_000_000d;
    }
}
