package org.fengqiao.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import jakarta.annotation.PreDestroy;

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
    private static final int PROGRESS_EVERY = 50;

    private final EnterpriseRegistry registry;
    private final EnterpriseImports imports;
    private final ImportSettings settings;
    private final MessageSource messages;
    /** Two workers: the machine has few cores, and one import at a time per person is the normal case. */
    private final ExecutorService background = Executors.newFixedThreadPool(2);

    EnterpriseImport(EnterpriseRegistry registry, EnterpriseImports imports, ImportSettings settings,
            MessageSource messages) {
        this.registry = registry;
        this.imports = imports;
        this.settings = settings;
        this.messages = messages;
    }

    /** Imports the whole file within the caller's request and records the outcome. */
    ImportResult run(String fileName, byte[] content, Actor actor) {
        Parsed file = parse(fileName, content, actor);
        ImportResult result = rows(UUID.randomUUID(), file, actor, done -> { });
        imports.save(result, actor.personId());
        return result;
    }

    /**
     * Checks the file now (so that a wrong file is refused at once) and imports its rows in the background; the
     * returned id shows progress and, when done, the result.
     */
    UUID start(String fileName, byte[] content, Actor actor) {
        Parsed file = parse(fileName, content, actor);
        UUID id = UUID.randomUUID();
        imports.begin(id, actor.personId(), file.name(), file.lines().size() - 1);
        background.execute(() -> {
            try {
                imports.finish(rows(id, file, actor, done -> imports.progress(id, done)));
            } catch (RuntimeException e) {
                log.error("Import {} of {} failed", id, file.name(), e);
                imports.fail(id);
            }
        });
        return id;
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    private record Parsed(String name, List<ImportFile.Line> lines, ImportColumns columns) {
    }

    private Parsed parse(String fileName, byte[] content, Actor actor) {
        if (!EnterpriseRegistry.mayKeep(actor)) {
            throw new Forbidden("subject.error.notKeeper");
        }
        List<ImportFile.Line> lines = ImportFile.read(fileName, content, settings);
        return new Parsed(fileName == null ? "" : fileName, lines, ImportColumns.of(lines.get(0).cells()));
    }

    private ImportResult rows(UUID id, Parsed file, Actor actor, IntConsumer progress) {
        ImportColumns columns = file.columns();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        List<ImportResult.RowError> errors = new ArrayList<>();
        List<ImportFile.Line> data = file.lines().subList(1, file.lines().size());
        for (int i = 0; i < data.size(); i++) {
            ImportFile.Line line = data.get(i);
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
                log.warn("Import row {} of {} failed: {}", line.number(), file.name(),
                        e.getMostSpecificCause().getMessage());
                rejected++;
                errors.add(error(line, columns, "creditCode", "subject.import.rowFailed"));
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept(i + 1);
            }
        }
        log.info("Import {} of {} by {}: {} created, {} updated, {} unchanged, {} rejected", id, file.name(),
                actor.username(), created, updated, unchanged, rejected);
        return new ImportResult(id, file.name(), created, updated, unchanged, rejected, errors);
    }

    private ImportResult.RowError error(ImportFile.Line line, ImportColumns columns, String field, String key,
            Object... args) {
        String f = field == null ? "name" : field;
        String column = columns.header(f) != null ? columns.header(f)
                : messages.getMessage("subject.field." + f, null, f, REPORT_LOCALE);
        return new ImportResult.RowError(line.number(), column, messages.getMessage(key, args, key, REPORT_LOCALE));
    }
}
