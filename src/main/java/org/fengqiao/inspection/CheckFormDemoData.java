package org.fengqiao.inspection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Units;
import org.fengqiao.shared.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's seven check forms (five professional ones, one per district department, and two general ones), built
 * through the form builder. Skipped when any form exists.
 */
@Component
@ConditionalOnDemoData
@Order(45)
class CheckFormDemoData implements ApplicationRunner {

    private static final Actor BUILDER = new Actor(null, "system", "系统", Set.of(Role.ADMIN), Set.of(), List.of("/"));
    private static final String FOOD = "《中华人民共和国食品安全法》";
    private static final String SAFETY = "《中华人民共和国安全生产法》";
    private static final String FIRE = "《中华人民共和国消防法》";
    private static final String CITY = "《城市市容和环境卫生管理条例》";

    private final FormBuilder builder;
    private final Units units;
    private final JdbcClient jdbc;

    CheckFormDemoData(FormBuilder builder, Units units, JdbcClient jdbc) {
        this.builder = builder;
        this.units = units;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) > 0 FROM check_form").query(Boolean.class).single()) {
            return;
        }
        professional("FOOD", "食品经营安全检查表", "U03", List.of(
                yesNo("证照与人员", "食品经营许可证在有效期内并在经营场所显著位置公示", FOOD + "第三十五条", false),
                yesNo("证照与人员", "从业人员持有效健康证明上岗", FOOD + "第四十五条", true),
                number("证照与人员", "在岗从业人员人数", ""),
                yesNo("进货与贮存", "建立并执行进货查验记录制度", FOOD + "第五十三条", false),
                yesNo("进货与贮存", "食品分类贮存，无过期或变质食品", FOOD + "第五十四条", true),
                choice("加工环境", "后厨清洁卫生状况", List.of("良好", "一般", "较差"), FOOD + "第三十三条", true)));
        professional("SAFETY", "安全生产检查表", "U04", List.of(
                yesNo("责任制度", "主要负责人建立并落实全员安全生产责任制", SAFETY + "第二十一条", false),
                yesNo("责任制度", "从业人员安全生产教育和培训有记录", SAFETY + "第二十八条", false),
                yesNo("设备设施", "安全设备定期维护、保养、检测", SAFETY + "第三十六条", true),
                yesNo("隐患排查", "建立事故隐患排查治理制度并如实记录", SAFETY + "第四十一条", false),
                yesNo("隐患排查", "使用燃气的场所安装可燃气体报警装置", "《城镇燃气管理条例》", true)));
        professional("FIRE", "消防安全检查表", "U05", List.of(
                yesNo("疏散条件", "疏散通道、安全出口畅通，未被占用、堵塞或封闭", FIRE + "第二十八条", true),
                number("消防设施", "配置的有效灭火器数量", FIRE + "第十六条"),
                yesNo("消防设施", "消防设施、器材完好有效", FIRE + "第十六条", true),
                yesNo("用火用电", "有火灾危险的场所无违规使用明火", FIRE + "第二十一条", false)));
        professional("CITY", "市容环境检查表", "U06", List.of(
                choice("门前责任区", "门前三包责任落实情况", List.of("好", "一般", "差"), CITY, false),
                yesNo("经营秩序", "无占道经营、店外经营", CITY, true),
                yesNo("户外设施", "户外招牌设置规范、牢固", CITY, false)));
        professional("ENV", "生态环境检查表", "U07", List.of(
                yesNo("大气", "油烟净化设施正常使用", "《中华人民共和国大气污染防治法》第八十一条", true),
                number("大气", "近三个月油烟净化设施清洗次数", ""),
                yesNo("固体废物", "固体废物分类收集、规范贮存", "《中华人民共和国固体废物污染环境防治法》", false)));
        general("GEN-LICENSE", "证照与信息公示通用检查表", List.of(
                yesNo("证照", "营业执照置于住所或主要经营场所的醒目位置", "《中华人民共和国市场主体登记管理条例》第三十六条",
                        false),
                yesNo("证照", "实际经营场所与登记住所一致", "", false),
                yesNo("信息公示", "按时报送并公示上一年度年度报告", "《企业信息公示暂行条例》第八条", false)));
        general("GEN-CONDUCT", "经营秩序通用检查表", List.of(
                yesNo("价格", "商品和服务明码标价", "《中华人民共和国价格法》第十三条", false),
                choice("总体", "现场总体情况", List.of("良好", "一般", "较差"), "", false),
                text("总体", "现场检查说明")));
    }

    private void professional(String code, String name, String unitCode, List<FormBuilder.ItemDraft> items) {
        UUID unit = units.findByCode(unitCode).orElseThrow().id();
        builder.create(BUILDER, new FormBuilder.FormDraft(code, name, "PROFESSIONAL", unit, items));
    }

    private void general(String code, String name, List<FormBuilder.ItemDraft> items) {
        builder.create(BUILDER, new FormBuilder.FormDraft(code, name, "GENERAL", null, items));
    }

    private static FormBuilder.ItemDraft yesNo(String section, String text, String basis, boolean photo) {
        return new FormBuilder.ItemDraft(section, text, "YES_NO", null, basis, photo);
    }

    private static FormBuilder.ItemDraft number(String section, String text, String basis) {
        return new FormBuilder.ItemDraft(section, text, "NUMBER", null, basis, false);
    }

    private static FormBuilder.ItemDraft choice(String section, String text, List<String> choices, String basis,
            boolean photo) {
        return new FormBuilder.ItemDraft(section, text, "CHOICE", choices, basis, photo);
    }

    private static FormBuilder.ItemDraft text(String section, String text) {
        return new FormBuilder.ItemDraft(section, text, "TEXT", null, "", false);
    }
}
