package org.fengqiao.subject;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The enterprise registry for machine clients: search, read, and import from the data pool. */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApi {

    /** An enterprise as the caller may see it (the phone masked unless the role may see personal data). */
    record EnterpriseJson(UUID id, String name, String creditCode, String address, String industry,
            UUID jurisdictionId, String jurisdictionPath, Double latitude, Double longitude, String contactName,
            String contactPhone, CreditStatus creditStatus, long version) {

        static EnterpriseJson of(Enterprise e, Actor actor) {
            EnterpriseDetails d = e.details();
            return new EnterpriseJson(e.id().value(), d.name(), d.creditCode().value(), d.address(), d.industry(),
                    d.jurisdictionId(), d.jurisdictionPath(),
                    d.location() == null ? null : d.location().latitude(),
                    d.location() == null ? null : d.location().longitude(),
                    d.contact() == null ? null : d.contact().name(),
                    d.contact() == null ? null : d.contact().phoneFor(actor), d.creditStatus(), e.version());
        }
    }

    record PageJson(List<EnterpriseJson> items, long total, int page, int size) {
    }

    private final Enterprises enterprises;
    private final EnterpriseImport importer;
    private final EnterpriseSearchForm searchForm;
    private final CurrentActor current;

    EnterpriseApi(Enterprises enterprises, EnterpriseImport importer, EnterpriseSearchForm searchForm,
            CurrentActor current) {
        this.enterprises = enterprises;
        this.importer = importer;
        this.searchForm = searchForm;
        this.current = current;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR','ENTERPRISE')")
    PageJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String creditStatus, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Actor actor = current.get();
        EnterpriseQuery query = searchForm.query(q, industry, jurisdiction, creditStatus, sort, page, size);
        EnterprisePage result = enterprises.search(query, actor);
        return new PageJson(result.items().stream().map(e -> EnterpriseJson.of(e, actor)).toList(), result.total(),
                result.page(), result.size());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR','ENTERPRISE')")
    EnterpriseJson get(@PathVariable String id) {
        Actor actor = current.get();
        return EnterpriseJson.of(enterprises.visibleTo(actor, EnterpriseId.of(id)), actor);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
    ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return importer.run(file.getOriginalFilename(), file.getBytes(), current.get());
    }
}
