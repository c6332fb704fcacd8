package org.fengqiao.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Role;
import org.fengqiao.shared.DomainException;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.CreditCode;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.Enterprises;
import org.fengqiao.subject.ImportFile;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports records about firms from the shared data pool (经营异常名录, 严重违法失信名单, 行政处罚, 投诉举报, 安全隐患; CSV or
 * .xlsx, header row with Chinese or English column names). The whole file is checked first: one bad row refuses it
 * with every bad row and field named, and nothing is stored. A good file is stored in one transaction; each record
 * new to Fengqiao whose kind raises alerts ({@link AlertTriggers}) raises one on its firm. The same file again
 * stores and raises nothing.
 */
@Service
class DataPoolImport {

    static final int MAX_ROWS = 2000;
    static final DataSize MAX_SIZE = DataSize.ofMegabytes(2);
    private static final int SHOWN_IN_SUMMARY = 5;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.BASIC_ISO_DATE);
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias("creditCode", "统一社会信用代码", "社会信用代码", "信用代码", "creditcode", "uscc");
        alias("kind", "类别", "记录类别", "名录类别", "类型", "kind", "type");
        alias("listedOn", "列入日期", "决定日期", "日期", "listedon", "date");
        alias("authority", "决定机关", "作出决定机关", "来源部门", "authority");
        alias("reason", "事由", "列入原因", "原因", "内容", "reason");
    }

    /** A checked row, ready to store. */
    private record Row(Enterprise firm, PoolKind kind, LocalDate listedOn, String authority, String reason) {
    }

    /** What an import stored: rows read, records new to Fengqiao, alerts raised. */
    record Result(UUID id, String fileName, int rows, int newRecords, int alerts) {
    }

    /** An import as listed. */
    record Imported(UUID id, String fileName, String importedBy, java.time.Instant importedAt, int rows,
            int newRecords, int alerts) {
    }

    private final Enterprises enterprises;
    private final AlertTriggers triggers;
    private final AlertFanOut fanOut;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    DataPoolImport(Enterprises enterprises, AlertTriggers triggers, AlertFanOut fanOut, JdbcClient jdbc,
            MessageSource messages) {
        this.enterprises = enterprises;
        this.triggers = triggers;
        this.fanOut = fanOut;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional
    Result run(Actor actor, String fileName, byte[] content) {
        if (!actor.has(Role.ADMIN)) {
            throw new Forbidden("inspection.error.adminOnly");
        }
        List<ImportFile.Line> lines = ImportFile.read(fileName, content, MAX_SIZE, MAX_ROWS);
        List<String> header = lines.get(0).cells();
        Map<String, Integer> columns = columns(header);
        List<PoolFileRefused.RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ImportFile.Line line : lines.subList(1, lines.size())) {
            check(actor, line, columns, header, errors).ifPresent(rows::add);
        }
        if (!errors.isEmpty()) {
            throw new PoolFileRefused(errors, errors.stream().limit(SHOWN_IN_SUMMARY).map(this::describe)
                    .collect(Collectors.joining("；")));
        }
        String name = fileName == null || fileName.isBlank() ? "-" : cut(fileName.strip(), 200);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO inspection_pool_import (id, file_name, imported_by, rows_read, rows_new, alerts) "
                + "VALUES (?, ?, ?, ?, 0, 0)").params(id, name, actor.username(), rows.size()).update();
        int fresh = 0;
        int alerts = 0;
        for (Row r : rows) {
            if (!store(id, r)) {
                continue;
            }
            fresh++;
            if (triggers.forPool(r.kind()) && fanOut.raiseOnce(r.firm(), "DATA_POOL",
                    "POOL:" + r.kind() + ":" + r.firm().id().value() + ":" + r.listedOn(),
                    text("inspection.pool.alertTitle", text("inspection.pool.kind." + r.kind().name()), r.authority()),
                    text("inspection.pool.alertDetail", r.listedOn().toString(), r.authority(), r.reason()))
                    .isPresent()) {
                alerts++;
            }
        }
        jdbc.sql("UPDATE inspection_pool_import SET rows_new = ?, alerts = ? WHERE id = ?").params(fresh, alerts, id)
                .update();
        return new Result(id, name, rows.size(), fresh, alerts);
    }

    /** The latest imports, newest first. */
    List<Imported> recent(int limit, int offset) {
        return jdbc.sql("SELECT * FROM inspection_pool_import ORDER BY imported_at DESC, id LIMIT ? OFFSET ?")
                .params(limit, offset).query((rs, n) -> new Imported(rs.getObject("id", UUID.class),
                        rs.getString("file_name"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getInt("rows_read"), rs.getInt("rows_new"),
                        rs.getInt("alerts"))).list();
    }

    private boolean store(UUID importId, Row r) {
        return jdbc.sql("""
                INSERT INTO inspection_pool_record (id, import_id, enterprise_id, kind, listed_on, authority, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, enterprise_id, listed_on) DO NOTHING""")
                .params(UUID.randomUUID(), importId, r.firm().id().value(), r.kind().name(), r.listedOn(),
                        r.authority(), r.reason()).update() == 1;
    }

    private Optional<Row> check(Actor actor, ImportFile.Line line, Map<String, Integer> columns, List<String> header,
            List<PoolFileRefused.RowError> errors) {
        int before = errors.size();
        Enterprise firm = null;
        String code = cell(line, columns, "creditCode");
        if (code.isEmpty()) {
            errors.add(error(line, columns, header, "creditCode", "inspection.pool.required"));
        } else {
            try {
                firm = enterprises.findByCreditCode(CreditCode.parse(code)).filter(e -> enterprises.maySee(actor, e))
                        .orElse(null);
                if (firm == null) {
                    errors.add(error(line, columns, header, "creditCode", "inspection.pool.unknownFirm", code));
                }
            } catch (DomainException e) {
                errors.add(error(line, columns, header, "creditCode", e.messageKey(), e.args()));
            }
        }
        PoolKind kind = PoolKind.parse(cell(line, columns, "kind")).orElse(null);
        if (kind == null) {
            errors.add(error(line, columns, header, "kind", "inspection.pool.kind", cell(line, columns, "kind")));
        }
        LocalDate listedOn = date(cell(line, columns, "listedOn"));
        if (listedOn == null || listedOn.isAfter(LocalDate.now()) || listedOn.getYear() < 1990) {
            errors.add(error(line, columns, header, "listedOn", "inspection.pool.date",
                    cell(line, columns, "listedOn")));
        }
        String authority = cell(line, columns, "authority");
        if (authority.isEmpty() || authority.length() > 100) {
            errors.add(error(line, columns, header, "authority", "inspection.pool.text", 100));
        }
        String reason = cell(line, columns, "reason");
        if (reason.isEmpty() || reason.length() > 500) {
            errors.add(error(line, columns, header, "reason", "inspection.pool.text", 500));
        }
        return errors.size() > before ? Optional.empty()
                : Optional.of(new Row(firm, kind, listedOn, authority, reason));
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = ALIASES.get(normalise(header.get(i)));
            if (field != null) {
                index.putIfAbsent(field, i);
            }
        }
        for (String required : List.of("creditCode", "kind", "listedOn", "authority", "reason")) {
            if (!index.containsKey(required)) {
                throw new InvalidInput("file", "inspection.pool.missingColumn", required);
            }
        }
        return index;
    }

    private static String cell(ImportFile.Line line, Map<String, Integer> columns, String field) {
        int i = columns.get(field);
        return i < line.cells().size() && line.cells().get(i) != null ? line.cells().get(i).strip() : "";
    }

    private static LocalDate date(String raw) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(raw, f);
            } catch (DateTimeParseException e) {
                // try the next form spreadsheets use
            }
        }
        return null;
    }

    private PoolFileRefused.RowError error(ImportFile.Line line, Map<String, Integer> columns, List<String> header,
            String field, String key, Object... args) {
        String column = header.get(columns.get(field)).strip();
        return new PoolFileRefused.RowError(line.number(), column,
                messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }

    private String describe(PoolFileRefused.RowError e) {
        return messages.getMessage("inspection.pool.rowError", new Object[] {e.row(), e.column(), e.message()},
                LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            ALIASES.put(normalise(n), field);
        }
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s_\\-*（）()]", "")
                .toLowerCase(Locale.ROOT);
    }
}
