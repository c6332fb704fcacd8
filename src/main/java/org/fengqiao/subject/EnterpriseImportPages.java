package org.fengqiao.subject;

import java.io.IOException;
import java.util.UUID;

import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload a file, see the counts and download the rows that were rejected. */
@Controller
@RequestMapping("/enterprises/import")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
class EnterpriseImportPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EnterpriseImport importer;
    private final EnterpriseImports imports;
    private final Industries industries;
    private final CurrentActor current;
    private final MessageSource messages;

    EnterpriseImportPages(EnterpriseImport importer, EnterpriseImports imports, Industries industries,
            CurrentActor current, MessageSource messages) {
        this.messages = messages;
        this.importer = importer;
        this.imports = imports;
        this.industries = industries;
        this.current = current;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("industries", industries.all());
        return "subject/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            return "redirect:/enterprises/import/" + importer.start(file.getOriginalFilename(), file.getBytes(),
                    current.get());
        } catch (InvalidInput e) {
            // shown on the import page itself, where the person can pick another file
            model.addAttribute("industries", industries.all());
            model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return "subject/import";
        }
    }

    @GetMapping("/{id}")
    String result(@PathVariable UUID id, Model model) {
        model.addAttribute("industries", industries.all());
        ImportState state = load(id);
        model.addAttribute("state", state);
        model.addAttribute("result", state.status() == ImportState.Status.DONE ? state.result() : null);
        return "subject/import";
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<byte[]> errorsCsv(@PathVariable UUID id) {
        return download(ErrorReport.csv(finished(id)), "错误报告.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/errors.xlsx")
    ResponseEntity<byte[]> errorsXlsx(@PathVariable UUID id) {
        return download(ErrorReport.xlsx(finished(id)), "错误报告.xlsx", XLSX);
    }

    private ImportState load(UUID id) {
        return imports.find(id, current.get().personId()).orElseThrow(() -> new NotFound("import", id));
    }

    private ImportResult finished(UUID id) {
        ImportState state = load(id);
        if (state.status() != ImportState.Status.DONE) {
            throw new NotFound("import", id);
        }
        return state.result();
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .body(body);
    }
}
