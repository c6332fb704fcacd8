package org.fengqiao.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.DomainException;
import org.fengqiao.shared.Forbidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Imports enterprises from a CSV or .xlsx file (the data pool's export). Each row is one transaction: it is stored
 * whole or rejected whole, with every reason named in the error report. Rows are matched by credit code, so
 * importing the same file again changes nothing.
 */
@Service
class EnterpriseImport {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseImport.class);
    /** Error reports are read by the people who fix the spreadsheets: in Chinese. */
    private static final Locale REPORT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final EnterpriseRegistry registry;
    private final EnterpriseImports imports;
    private final ImportSettings settings;
    private final MessageSource messages;

    EnterpriseImport(EnterpriseRegistry registry, EnterpriseImports imports, ImportSettings settings,
            MessageSource messages) {
        this.registry = registry;
        this.imports = imports;
        this.settings = settings;
        this.messages = messages;
    }

    ImportResult run(String fileName, byte[] content, Actor actor) {
        if (!EnterpriseRegistry.mayKeep(actor)) {
            throw new Forbidden("subject.error.notKeeper");
        }
        List<ImportFile.Line> lines = ImportFile.read(fileName, content, settings);
        ImportColumns columns = ImportColumns.of(lines.get(0).cells());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportResult.RowError> errors = new ArrayList<>();
        int rejected = 0;
        for (ImportFile.Line line : lines.subList(1, lines.size())) {
            try {
                switch (registry.upsert(EnterpriseForm.of(columns.values(line.cells())), actor)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (InvalidEnterprise e) {
                rejected++;
                e.problems().forEach(p -> errors.add(error(line, columns, p.field(), p.messageKey(), p.args())));
            } catch (DomainException e) {
                rejected++;
                errors.add(error(line, columns, e.field(), e.messageKey(), e.args()));
            } catch (DataAccessException e) {
                // e.g. the same credit code inserted by a parallel import a moment earlier
                log.warn("Import row {} of {} failed: {}", line.number(), fileName, e.getMostSpecificCause().getMessage());
                rejected++;
                errors.add(error(line, columns, "creditCode", "subject.import.rowFailed"));
            }
        }
        ImportResult result = new ImportResult(UUID.randomUUID(), fileName == null ? "" : fileName, created, updated,
                unchanged, rejected, errors);
        imports.save(result, actor.personId());
        log.info("Import of {} by {}: {} created, {} updated, {} unchanged, {} rejected", fileName, actor.username(),
                created, updated, unchanged, rejected);
        return result;
    }

    private ImportResult.RowError error(ImportFile.Line line, ImportColumns columns, String field, String key,
            Object... args) {
        String f = field == null ? "name" : field;
        String column = columns.header(f) != null ? columns.header(f)
                : messages.getMessage("subject.field." + f, null, f, REPORT_LOCALE);
        return new ImportResult.RowError(line.number(), column, messages.getMessage(key, args, key, REPORT_LOCALE));
    }
}
