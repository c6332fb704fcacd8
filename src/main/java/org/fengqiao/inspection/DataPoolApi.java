package org.fengqiao.inspection;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports from the shared data pool for machine clients. A refused file answers 422 problem+json whose
 * {@code errors} list every bad row and column; nothing of it is stored.
 */
@RestController
@RequestMapping("/api/v1/inspection/data-pool/imports")
@PreAuthorize("hasRole('ADMIN')")
class DataPoolApi {

    record RowErrorJson(int row, String column, String message) {
    }

    private final DataPoolImport importer;
    private final CurrentActor current;
    private final MessageSource messages;

    DataPoolApi(DataPoolImport importer, CurrentActor current, MessageSource messages) {
        this.importer = importer;
        this.current = current;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DataPoolImport.Result upload(@RequestPart("file") MultipartFile file) throws IOException {
        return importer.run(current.get(), file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping
    List<DataPoolImport.Imported> recent(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 10_000) {
            throw new InvalidInput("page", "inspection.error.page");
        }
        if (size < 1 || size > 100) {
            throw new InvalidInput("size", "inspection.error.size");
        }
        return importer.recent(size, page * size);
    }

    /** The usual refusal (code, field, detail in the caller's language) plus every bad row. */
    @ExceptionHandler(PoolFileRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(PoolFileRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        body.setType(URI.create("urn:fengqiao:problem:" + e.messageKey()));
        body.setProperty("code", e.messageKey());
        body.setProperty("field", e.field());
        body.setProperty("errors", e.errors().stream().map(r -> new RowErrorJson(r.row(), r.column(), r.message()))
                .toList());
        return body;
    }
}
