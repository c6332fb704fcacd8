package org.fengqiao.inspection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.EnterpriseQuery;
import org.fengqiao.subject.Enterprises;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The inspector's phone pages: start a record from a task or a firm, fill in the forms, record findings with
 * photos, issue rectification orders, finish; and the orders list with re-inspection.
 */
@Controller
@RequestMapping("/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class RecordPages {

    private final InspectionRecording recording;
    private final InspectionRecords records;
    private final Rectification rectification;
    private final RectificationOrders orders;
    private final CheckForms forms;
    private final Enterprises enterprises;
    private final Units units;
    private final CurrentActor current;
    private final OverdueOrders overdue;

    RecordPages(InspectionRecording recording, InspectionRecords records, Rectification rectification,
            RectificationOrders orders, CheckForms forms, Enterprises enterprises, Units units,
            CurrentActor current, OverdueOrders overdue) {
        this.overdue = overdue;
        this.recording = recording;
        this.records = records;
        this.rectification = rectification;
        this.orders = orders;
        this.forms = forms;
        this.enterprises = enterprises;
        this.units = units;
        this.current = current;
    }

    @GetMapping("/records")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = current.get();
        int p = Math.max(0, page);
        List<InspectionRecord> list = records.ofUnits(List.copyOf(actor.unitIds()), 21, p * 20);
        model.addAttribute("records", list);
        model.addAttribute("noCode", records.withoutScannedCode(list.stream().map(InspectionRecord::id).toList()));
        model.addAttribute("page", p);
        model.addAttribute("unitNames", unitNames());
        return "inspection/records";
    }

    @GetMapping("/records/new")
    String start(@RequestParam(required = false) UUID enterprise, @RequestParam(required = false) UUID planned,
            @RequestParam(required = false) String q, Model model) {
        Actor actor = current.get();
        if (enterprise != null) {
            model.addAttribute("firm", enterprises.visibleTo(actor, new EnterpriseId(enterprise)));
            List<CheckForm> usable = forms.all().stream().filter(f -> f.unitId() == null
                    || actor.memberOf(f.unitId())).toList();
            model.addAttribute("forms", usable);
        } else if (q != null && !q.isBlank()) {
            model.addAttribute("found", enterprises.search(new EnterpriseQuery(q, null, null, null, null, 0, 20),
                    actor).items());
        }
        model.addAttribute("planned", planned);
        model.addAttribute("q", q == null ? "" : q);
        return "inspection/record-new";
    }

    @PostMapping("/records")
    String create(@RequestParam UUID enterprise, @RequestParam(required = false) UUID planned,
            @RequestParam(name = "form", required = false) List<UUID> formIds) {
        InspectionRecord r = recording.start(current.get(), enterprise, null, planned, formIds);
        return "redirect:/inspection/records/" + r.id();
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        InspectionRecord r = recording.visible(actor, id);
        model.addAttribute("r", r);
        model.addAttribute("noCode", records.withoutScannedCode(List.of(id)).contains(id));
        model.addAttribute("forms", recording.formsOf(r));
        model.addAttribute("answers", records.answers(id));
        model.addAttribute("findings", records.findings(id));
        model.addAttribute("orders", orders.ofRecord(id));
        model.addAttribute("unitName", units.find(r.unitId()).map(Unit::name).orElse(""));
        model.addAttribute("mayEdit", !r.finished() && actor.memberOf(r.unitId()));
        model.addAttribute("tomorrow", LocalDate.now().plusDays(1));
        model.addAttribute("itemTexts", itemTexts(recording.formsOf(r)));
        return "inspection/record";
    }

    @PostMapping("/records/{id}/answers")
    String answers(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> params) {
        Map<UUID, String> answers = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("answer_") && value != null && !value.isBlank()) {
                try {
                    answers.put(UUID.fromString(name.substring("answer_".length())), value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("answers", "inspection.form.noSuchItem");
                }
            }
        });
        recording.answer(current.get(), id, version, answers);
        return "redirect:/inspection/records/" + id;
    }

    @PostMapping("/records/{id}/findings")
    String finding(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID itemId,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String note,
            @RequestParam(required = false) MultipartFile photo) throws IOException {
        EvidencePhoto evidence = photo == null || photo.isEmpty() ? null
                : EvidencePhoto.of(photo.getOriginalFilename(), photo.getBytes());
        recording.addFinding(current.get(), id, version, itemId, severity, note, evidence);
        return "redirect:/inspection/records/" + id;
    }

    @PostMapping("/records/{id}/orders")
    String order(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID findingId,
            @RequestParam(required = false) String requirement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
        rectification.issue(current.get(), id, version, findingId, requirement, deadline);
        return "redirect:/inspection/records/" + id;
    }

    @PostMapping("/records/{id}/finish")
    String finish(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String note) {
        recording.finish(current.get(), id, version, note);
        return "redirect:/inspection/records/" + id;
    }

    @GetMapping("/findings/{findingId}/photo")
    ResponseEntity<byte[]> photo(@PathVariable UUID findingId) {
        recording.visible(current.get(), records.recordOfFinding(findingId));
        Map.Entry<String, byte[]> photo = records.photo(findingId)
                .orElseThrow(() -> new NotFound("photo", findingId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.getKey())).body(photo.getValue());
    }

    @GetMapping("/orders")
    String orders(Model model) {
        Actor actor = current.get();
        List<RectificationOrder> list = orders.ofUnits(List.copyOf(actor.unitIds()), 200);
        model.addAttribute("orders", list);
        java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai"));
        Map<UUID, String> escalated = new java.util.HashMap<>();
        overdue.escalatedAt(list.stream().map(RectificationOrder::id).toList())
                .forEach((id, at) -> escalated.put(id, minute.format(at)));
        model.addAttribute("overdueEscalated", escalated);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("unitNames", unitNames());
        return "inspection/orders";
    }

    @GetMapping("/orders/{orderId}")
    String order(@PathVariable UUID orderId, Model model) {
        Actor actor = current.get();
        RectificationOrder o = rectification.visible(actor, orderId);
        model.addAttribute("orders", List.of(o));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("unitNames", unitNames());
        return "inspection/orders";
    }

    @PostMapping("/orders/{orderId}/reinspection")
    String reinspect(@PathVariable UUID orderId, @RequestParam long version,
            @RequestParam(required = false) Boolean passed, @RequestParam(required = false) String note) {
        rectification.reinspect(current.get(), orderId, version, passed, note);
        return "redirect:/inspection/orders/" + orderId;
    }

    private Map<UUID, String> unitNames() {
        Map<UUID, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    private static Map<UUID, String> itemTexts(List<CheckForm> used) {
        Map<UUID, String> texts = new HashMap<>();
        used.forEach(f -> f.items().forEach(i -> texts.put(i.id(), i.text())));
        return texts;
    }
}
