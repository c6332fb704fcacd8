package org.fengqiao.casework;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API for cases under {@code /api/v1/cases}; every call is scoped to the signed-in actor. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

    private static final Set<Channel> INTAKE = Set.of(Channel.API, Channel.WEB_FORM, Channel.PHONE,
            Channel.FIELD_VISIT, Channel.OPEN311);

    /** A new case from a client. */
    record NewCase(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String description,
            @NotNull Category category, Channel channel, @NotNull @Valid ReporterInput reporter,
            @Size(max = 64) String creditCode, @Size(max = 200) String enterpriseName, @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lon,
            @Size(max = 32) String jurisdiction) {
    }

    record ReporterInput(@NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 20) String phone) {
    }

    /** What a command or submission answers; {@code lookupCode} only once, on submission. */
    record Summary(UUID id, String number, CaseStatus status, long version, String lookupCode) {
    }

    record CategoryItem(Category code, String label, String name) {
    }

    private final CaseIntake intake;
    private final CaseHandling handling;
    private final CaseSearch search;
    private final CaseViews views;
    private final Attachments attachments;
    private final CurrentActor actors;
    private final Units units;
    private final MessageSource messages;

    CaseApi(CaseIntake intake, CaseHandling handling, CaseSearch search, CaseViews views, Attachments attachments,
            CurrentActor actors, Units units, MessageSource messages) {
        this.intake = intake;
        this.handling = handling;
        this.search = search;
        this.views = views;
        this.attachments = attachments;
        this.actors = actors;
        this.units = units;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Summary> submit(@Valid @RequestBody NewCase body) {
        Channel channel = body.channel() == null ? Channel.API : body.channel();
        if (!INTAKE.contains(channel)) {
            throw new InvalidInput("channel", "casework.error.channel", channel.name());
        }
        CaseIntake.Receipt r = intake.submit(new Submission(body.title(), body.description(), body.category(),
                body.reporter().name(), body.reporter().phone(), body.creditCode(), body.enterpriseName(),
                body.address(), body.lat(), body.lon(), body.jurisdiction(), null), actors.get(), channel);
        Case c = r.filed();
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id()))
                .body(new Summary(c.id().value(), c.number(), c.status(), c.version(), r.lookupCode()));
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable UUID id) {
        return views.of(handling.get(new CaseId(id), actors.get()), actors.get());
    }

    @GetMapping
    CaseSearch.Page list(@RequestParam(required = false) List<CaseStatus> status,
            @RequestParam(required = false) String unit, @RequestParam(required = false) Category category,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean dueSoon,
            @RequestParam(defaultValue = "created") String sort, @RequestParam(defaultValue = "desc") String dir,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        UUID unitId = unit == null || unit.isBlank() ? null : units.findByCode(unit.strip()).map(Unit::id)
                .orElseThrow(() -> new InvalidInput("unit", "casework.error.unit", unit));
        if (q != null && q.length() > 100) {
            throw new InvalidInput("q", "casework.error.tooLong", 100);
        }
        return search.find(actors.get(), new CaseSearch.Query(status == null ? Set.of() : Set.copyOf(status), unitId,
                category, q, dueSoon, null, sort, "asc".equalsIgnoreCase(dir), page, size));
    }

    @PostMapping(path = "/{id}/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Summary command(@PathVariable UUID id, @PathVariable String action, @Valid @RequestBody CaseCommand body) {
        Case c = handling.act(new CaseId(id), Action.ofPath(action), body, actors.get(), Channel.API);
        return new Summary(c.id().value(), c.number(), c.status(), c.version(), null);
    }

    @GetMapping("/categories")
    List<CategoryItem> categories() {
        Locale locale = LocaleContextHolder.getLocale();
        return Arrays.stream(Category.values()).map(c -> new CategoryItem(c, c.label(),
                messages.getMessage("casework.category." + c.name(), null, c.label(), locale))).toList();
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseView.AttachmentRef> attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
            throws IOException {
        CaseView.AttachmentRef ref = handling.attach(new CaseId(id),
                Photo.check(file.getOriginalFilename(), file.getBytes(), "file"), actors.get(), Channel.API);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/attachments/" + ref.id())).body(ref);
    }

    @GetMapping("/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID attachment) {
        handling.get(new CaseId(id), actors.get());
        Attachments.Content content = attachments.content(attachment).filter(a -> a.caseId().value().equals(id))
                .orElseThrow(() -> new NotFound("attachment", attachment));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .body(content.data());
    }
}
