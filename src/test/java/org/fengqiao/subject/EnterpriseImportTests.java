package org.fengqiao.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Role;
import org.fengqiao.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Importing enterprises from CSV and .xlsx on the real PostgreSQL. */
@SpringBootTest
class EnterpriseImportTests {

    private static final String HEADER = "企业名称,统一社会信用代码,地址,行业,所属辖区,纬度,经度,联系人,联系电话,信用状况\n";

    @Autowired
    EnterpriseImport importer;
    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseImports imports;
    @Autowired
    People people;

    Actor admin;

    @BeforeEach
    void admin() {
        var p = people.findByUsername("admin").orElseThrow();
        admin = new Actor(p.id(), "admin", "系统管理员", Set.of(Role.ADMIN), Set.of(), List.of("/D01/"));
    }

    @Test
    void storesGoodRowsAndReportsEveryBadCellByRowColumnAndReasonInChinese() {
        String good = TestCodes.fresh();
        String badCode = TestCodes.broken(TestCodes.fresh());
        String badPhoneCode = TestCodes.fresh();
        String csv = HEADER
                + "东湖测试餐饮店," + good + ",绿荫路 1 号,餐饮,C01,30.75,120.76,张三,13912345678,良好\n"
                + "坏代码商行," + badCode + ",景都路 2 号,零售,C02,30.75,120.76,李四,13912345679,一般\n"
                + "坏电话加工厂," + badPhoneCode + ",泽湖路 3 号,加工,G03,91,120.76,王五,12345,失信\n";

        ImportResult r = importer.run("企业.csv", bytes(csv), admin);

        assertThat(r.created()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(enterprises.findByCreditCode(new CreditCode(good))).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("东湖测试餐饮店");
            assertThat(e.details().industry()).isEqualTo("CATERING");
            assertThat(e.jurisdictionPath()).isEqualTo("/D01/T01/C01/");
            assertThat(e.contact().phone().value()).isEqualTo("13912345678");
        });
        assertThat(enterprises.findByCreditCode(new CreditCode(badPhoneCode))).as("never half a row").isEmpty();
        assertThat(r.errors()).extracting(ImportResult.RowError::row, ImportResult.RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "统一社会信用代码"),
                        org.assertj.core.groups.Tuple.tuple(4, "纬度"),
                        org.assertj.core.groups.Tuple.tuple(4, "联系电话"));
        assertThat(r.errors().get(0).reason()).contains("校验位");
        assertThat(r.errors().get(1).reason()).contains("纬度", "超出范围");
        assertThat(r.errors().get(2).reason()).contains("电话号码格式不正确");
    }

    @Test
    void importingTheSameFileAgainCreatesNothingAndCountsUnchanged() {
        String a = TestCodes.fresh();
        String b = TestCodes.fresh();
        byte[] file = bytes(HEADER + "甲商行," + a + ",东湖路 1 号,零售,C01,30.751,120.751,,,\n"
                + "乙宾馆," + b + ",西岭大道 9 号,住宿,C04,,,赵六,0571-88888888,一般\n");
        long before = enterprises.count();

        ImportResult first = importer.run("a.csv", file, admin);
        ImportResult second = importer.run("a.csv", file, admin);

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.updated()).isZero();
        assertThat(enterprises.count()).isEqualTo(before + 2);
    }

    @Test
    void aChangedRowUpdatesTheEnterpriseByCreditCodeAndBumpsItsVersion() {
        String code = TestCodes.fresh();
        importer.run("v1.csv", bytes(HEADER + "丙物流," + code + ",工业园路 5 号,物流,G04,,,,,良好\n"), admin);
        long v1 = enterprises.findByCreditCode(new CreditCode(code)).orElseThrow().version();

        ImportResult r = importer.run("v2.csv", bytes(HEADER + "丙物流有限公司," + code + ",工业园路 5 号,物流,G04,,,,,失信\n"),
                admin);

        assertThat(r.updated()).isEqualTo(1);
        Enterprise e = enterprises.findByCreditCode(new CreditCode(code)).orElseThrow();
        assertThat(e.name()).isEqualTo("丙物流有限公司");
        assertThat(e.creditStatus()).isEqualTo(CreditStatus.DISHONEST);
        assertThat(e.version()).isEqualTo(v1 + 1);
    }

    @Test
    void acceptsUtf8WithBomAndEnglishHeaders() {
        String code = TestCodes.fresh();
        String csv = "\uFEFFname,credit_code,address,industry,jurisdiction,lat,lon,contact_name,contact_phone,credit_status\r\n"
                + "\"Quote \"\"Co\"\", Ltd\"," + code.toLowerCase() + ",\"东湖路 7 号,\n三楼\",RETAIL,绿荫苑社区,30.7,120.7,,+86 139 1234 5678,GOOD\r\n";

        ImportResult r = importer.run("en.csv", bytes(csv), admin);

        assertThat(r.created()).as(r.errors().toString()).isEqualTo(1);
        Enterprise e = enterprises.findByCreditCode(new CreditCode(code)).orElseThrow();
        assertThat(e.name()).isEqualTo("Quote \"Co\", Ltd");
        assertThat(e.details().address()).isEqualTo("东湖路 7 号, 三楼");
        assertThat(e.contact().phone().value()).isEqualTo("13912345678");
    }

    @Test
    void importsTheFirstSheetOfAnXlsxWorkbook() throws Exception {
        String good = TestCodes.fresh();
        byte[] xlsx = workbook(List.of(
                List.of("企业名称", "统一社会信用代码", "地址", "行业", "所属辖区", "联系电话"),
                List.of("丁化工有限公司", good, "西岭大道 88 号", "化工", "C03", "13588889999"),
                List.of("戊建筑", good.substring(0, 10), "新桥街 1 号", "挖矿", "T01", "")));

        ImportResult r = importer.run("企业.xlsx", xlsx, admin);

        assertThat(r.created()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.errors()).extracting(ImportResult.RowError::column)
                .containsExactly("统一社会信用代码", "行业", "所属辖区");
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(3));
        assertThat(r.errors().get(2).reason()).contains("不是社区或网格");
    }

    @Test
    void theErrorReportCanBeDownloadedAsCsvAndXlsxWithRowColumnAndReason() throws Exception {
        ImportResult r = importer.run("bad.csv", bytes(HEADER + "己,123,地址,餐饮,C01,,,,,\n"), admin);

        ImportResult stored = imports.find(r.id(), admin.personId()).orElseThrow().result();
        String csv = new String(ErrorReport.csv(stored), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF行号,列,原因\r\n2,统一社会信用代码,统一社会信用代码应为 18 位：123");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ErrorReport.xlsx(stored)))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(row.getCell(2).getStringCellValue()).contains("18 位");
        }
        assertThat(imports.find(r.id(), java.util.UUID.randomUUID())).as("only its importer reads it").isEmpty();
    }

    @Test
    void anImportStartedInTheBackgroundReportsProgressAndEndsWithTheSameCounts() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append("后台导入商行").append(i).append(',').append(TestCodes.fresh()).append(",新桥街 ").append(i)
                    .append(" 号,零售,G04,,,,,\n");
        }
        csv.append("坏行,1,地址,零售,G04,,,,,\n");

        java.util.UUID id = importer.start("bg.csv", bytes(csv.toString()), admin);

        ImportState state = imports.find(id, admin.personId()).orElseThrow();
        assertThat(state.total()).isEqualTo(121);
        for (int i = 0; i < 200 && state.status() == ImportState.Status.RUNNING; i++) {
            assertThat(state.processed()).isBetween(0, 121);
            Thread.sleep(50);
            state = imports.find(id, admin.personId()).orElseThrow();
        }
        assertThat(state.status()).isEqualTo(ImportState.Status.DONE);
        assertThat(state.processed()).isEqualTo(121);
        assertThat(state.result().created()).isEqualTo(120);
        assertThat(state.result().rejected()).isEqualTo(1);
        assertThat(state.result().errors()).extracting(ImportResult.RowError::row).containsOnly(122);
    }

    @Test
    void aWrongFileIsRefusedBeforeAnythingRunsInTheBackground() {
        assertThatThrownBy(() -> importer.start("x.csv", bytes("名称\n甲\n"), admin))
                .extracting("messageKey").isEqualTo("subject.import.missingColumn");
    }

    @Test
    void rowsOutsideTheImportersJurisdictionAreRejected() {
        var p = people.findByUsername("dispatcher").orElseThrow();
        Actor eastDispatcher = new Actor(p.id(), "dispatcher", "王坐席", Set.of(Role.DISPATCHER), Set.of(),
                List.of("/D01/T01/"));
        String west = TestCodes.fresh();

        ImportResult r = importer.run("w.csv", bytes(HEADER + "庚超市," + west + ",泽湖路 1 号,零售,C03,,,,,\n"),
                eastDispatcher);

        assertThat(r.rejected()).isEqualTo(1);
        assertThat(r.errors().get(0).reason()).contains("不在您的辖区范围内");
        assertThat(enterprises.findByCreditCode(new CreditCode(west))).isEmpty();
    }

    @Test
    void refusesFilesThatAreNotAnImportNamingTheFileField() {
        assertThatThrownBy(() -> importer.run("x.csv", new byte[0], admin)).isInstanceOf(InvalidInput.class)
                .extracting("field", "messageKey").containsExactly("file", "subject.import.empty");
        assertThatThrownBy(() -> importer.run("x.pdf", bytes("%PDF-1.4"), admin))
                .extracting("messageKey").isEqualTo("subject.import.fileType");
        assertThatThrownBy(() -> importer.run("x.csv", "名称,地址\n".getBytes(java.nio.charset.Charset.forName("GBK")), admin))
                .extracting("messageKey").isEqualTo("subject.import.encoding");
        assertThatThrownBy(() -> importer.run("x.csv", bytes("名称,地址\n甲,乙\n"), admin))
                .extracting("messageKey").isEqualTo("subject.import.missingColumn");
        assertThatThrownBy(() -> importer.run("x.xlsx", bytes("PK\u0003\u0004garbage"), admin))
                .extracting("messageKey").isEqualTo("subject.import.unreadable");
        assertThatThrownBy(() -> importer.run("x.csv", bytes(HEADER + "\"未闭合,1,2,3,4\n"), admin))
                .extracting("messageKey").isEqualTo("subject.import.unterminated");
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("企业");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
