package org.fengqiao.casework;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Varied, realistic Chinese case texts for the demo district: per category a few situations with slots for the
 * place, the firm and the time, so 300 cases do not read alike.
 */
final class DemoCaseTexts {

    /** A generated title and description, and whether a firm raised it. */
    record Text(String title, String description, String firm) {
    }

    private static final List<String> PLACES = List.of("枫溪路", "东湖大道", "西岭中路", "新桥街", "景都花园", "绿荫苑小区",
            "泽湖村文化礼堂", "工业园区二期", "枫溪农贸市场", "东湖公园北门", "西岭镇中心小学", "新桥公交站", "滨河路", "创业大厦");
    private static final List<String> FIRMS = List.of("枫溪精密机械有限公司", "东湖五金制品厂", "西岭食品有限公司",
            "新桥纺织有限公司", "景都餐饮管理有限公司", "泽湖茶叶专业合作社", "枫溪电子科技有限公司", "东湖物流有限公司",
            "绿荫苑便利店", "西岭建材商行", "新桥汽车维修中心", "枫溪印务有限公司");
    private static final List<String> TIMES = List.of("最近一周", "连续三天", "每天晚上", "上下班高峰", "周末",
            "近一个月", "今天上午", "夜里十点以后");

    private static final Map<Category, List<String[]>> SITUATIONS = Map.of(
            Category.URBAN_CONSTRUCTION, List.of(
                    new String[] {"{place}路灯不亮", "{place}一带路灯{time}都不亮，行人和电动车出行很不安全，请尽快维修。"},
                    new String[] {"{place}人行道破损", "{place}人行道地砖松动破损多处，{time}已有老人绊倒，希望修复。"},
                    new String[] {"{place}违章搭建", "{place}有住户在公共绿地上搭建棚子，{time}仍在施工，影响通行和消防。"}),
            Category.ENVIRONMENT, List.of(
                    new String[] {"{place}垃圾清运不及时", "{place}垃圾桶{time}满溢无人清运，气味很大，招来蚊蝇。"},
                    new String[] {"{firm}排放异味", "{firm}{time}排放刺鼻气味，周边居民开窗就能闻到，怀疑废气未经处理。"},
                    new String[] {"{place}夜间施工噪声", "{place}工地{time}还在施工，机器噪声很大，影响居民休息。"}),
            Category.TRANSPORT, List.of(
                    new String[] {"{place}货车违停占道", "{place}{time}大货车随意停放，占用非机动车道，存在安全隐患。"},
                    new String[] {"{place}公交班次太少", "{place}公交站{time}要等四十分钟以上，希望增加班次。"},
                    new String[] {"{firm}门口缺少交通标志", "{firm}门口路口没有减速带和警示标志，{time}车辆进出很危险。"}),
            Category.EDUCATION_CULTURE_SPORTS, List.of(
                    new String[] {"{place}健身器材损坏", "{place}健身器材有几件已经损坏，{time}仍无人维修，孩子玩耍有危险。"},
                    new String[] {"{place}文化活动场地不足", "{place}附近缺少老年人活动场地，{time}只能在路边跳广场舞。"}),
            Category.LABOUR_SOCIAL_SECURITY, List.of(
                    new String[] {"{firm}拖欠工资", "{firm}拖欠十余名工人{time}的工资，多次讨要未果，请求帮助。"},
                    new String[] {"{firm}招工难", "{firm}一线岗位缺工三十多人，{time}招聘效果不好，希望对接人力资源服务。"},
                    new String[] {"{firm}社保缴纳咨询", "{firm}新招外地员工，{time}在办理社保转移时遇到困难，希望指导。"}),
            Category.COMMERCE_TOURISM, List.of(
                    new String[] {"{place}商户占道经营", "{place}沿街商户把货物摆到人行道上，{time}行人只能走机动车道。"},
                    new String[] {"{place}农贸市场秤不准", "{place}有摊位短斤缺两，{time}已有多位顾客反映，希望检查。"}),
            Category.HEALTH_FAMILY_PLANNING, List.of(
                    new String[] {"{firm}后厨卫生差", "{firm}后厨卫生状况差，{time}发现老鼠出没，担心食品安全。"},
                    new String[] {"{place}社区卫生站排队久", "{place}社区卫生服务站{time}只有一位医生，老人配药要排两小时。"}),
            Category.BUSINESS_OPERATIONS, List.of(
                    new String[] {"{firm}申请消防验收指导", "{firm}新建仓库即将投用，{time}希望相关部门上门指导消防验收。"},
                    new String[] {"{firm}用电容量不足", "{firm}新增两条生产线，{time}频繁跳闸，希望协调电力增容。"},
                    new String[] {"{firm}遭遇恶意拖欠货款", "{firm}被外地客户拖欠货款八十余万元，{time}对方拒不沟通，请求帮助。"},
                    new String[] {"{firm}多部门重复检查", "{firm}{time}接受了四次不同部门的检查，内容大体相同，影响生产，希望合并。"}),
            Category.PUBLIC_SAFETY, List.of(
                    new String[] {"{place}电动车被盗", "{place}停车棚{time}连续丢失三辆电动车，监控覆盖不到，请加强巡逻。"},
                    new String[] {"{firm}周边有人寻衅滋事", "{firm}门口{time}有几名社会人员聚集滋事，员工下班不敢走。"},
                    new String[] {"{place}高空抛物", "{place}{time}有人从楼上扔垃圾，差点砸到楼下行人，希望查处。"}),
            Category.OTHER, List.of(
                    new String[] {"{place}流浪犬伤人隐患", "{place}{time}有多只流浪犬出没，已有孩子被追咬，希望处理。"},
                    new String[] {"{place}物业服务不到位", "{place}物业{time}不打扫楼道，电梯故障报修也迟迟不修。"}));

    private DemoCaseTexts() {
    }

    static Text generate(Category category, RandomGenerator random) {
        List<String[]> options = SITUATIONS.get(category);
        String[] s = options.get(random.nextInt(options.size()));
        String place = PLACES.get(random.nextInt(PLACES.size()));
        String time = TIMES.get(random.nextInt(TIMES.size()));
        boolean usesFirm = s[0].contains("{firm}") || s[1].contains("{firm}");
        String firm = usesFirm || category == Category.BUSINESS_OPERATIONS ? FIRMS.get(random.nextInt(FIRMS.size()))
                : null;
        return new Text(fill(s[0], place, firm, time), fill(s[1], place, firm, time), firm);
    }

    private static String fill(String template, String place, String firm, String time) {
        return template.replace("{place}", place).replace("{firm}", firm == null ? "" : firm).replace("{time}", time);
    }
}
