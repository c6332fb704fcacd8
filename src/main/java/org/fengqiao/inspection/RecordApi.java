package org.fengqiao.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Check forms, inspection records, findings and rectification orders for machine clients. */
@RestController
@RequestMapping("/api/v1/inspection")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','AUDITOR')")
class RecordApi {

    record FormEdit(Long version, FormBuilder.FormDraft form) {
    }

    record StartJson(UUID enterpriseId, UUID unitId, UUID plannedId, List<UUID> formIds) {
    }

    record AnswersJson(Long version, Map<UUID, String> answers) {
    }

    record FindingJson(Long version, UUID itemId, String severity, String note) {
    }

    record OrderJson(Long version, UUID findingId, String requirement, LocalDate deadline) {
    }

    record FinishJson(Long version, String note) {
    }

    record ReinspectionJson(Long version, Boolean passed, String note) {
    }

    record RecordJson(InspectionRecord record, Map<UUID, String> answers, List<Finding> findings,
            List<RectificationOrder> orders) {
    }

    private final CheckForms forms;
    private final FormBuilder builder;
    private final InspectionRecording recording;
    private final InspectionRecords records;
    private final Rectification rectification;
    private final RectificationOrders orders;
    private final CurrentActor current;

    RecordApi(CheckForms forms, FormBuilder builder, InspectionRecording recording, InspectionRecords records,
            Rectification rectification, RectificationOrders orders, CurrentActor current) {
        this.forms = forms;
        this.builder = builder;
        this.recording = recording;
        this.records = records;
        this.rectification = rectification;
        this.orders = orders;
        this.current = current;
    }

    @GetMapping("/forms")
    List<CheckForm> forms() {
        return forms.all();
    }

    @GetMapping("/forms/{id}")
    CheckForm form(@PathVariable UUID id, @RequestParam(required = false) Integer version) {
        return forms.find(id, version).orElseThrow(() -> new NotFound("form", id));
    }

    @PostMapping("/forms")
    @ResponseStatus(HttpStatus.CREATED)
    CheckForm create(@RequestBody FormBuilder.FormDraft body) {
        return builder.create(current.get(), body);
    }

    @PutMapping("/forms/{id}")
    CheckForm edit(@PathVariable UUID id, @RequestBody FormEdit body) {
        if (body.form() == null) {
            throw new InvalidInput("form", "inspection.error.required");
        }
        return builder.edit(current.get(), id, version(body.version()), body.form());
    }

    @PostMapping("/records")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionRecord start(@RequestBody StartJson body) {
        return recording.start(current.get(), body.enterpriseId(), body.unitId(), body.plannedId(), body.formIds());
    }

    @GetMapping("/records/{id}")
    RecordJson record(@PathVariable UUID id) {
        InspectionRecord r = recording.visible(current.get(), id);
        return new RecordJson(r, records.answers(id), records.findings(id), orders.ofRecord(id));
    }

    @PostMapping("/records/{id}/answers")
    RecordJson answer(@PathVariable UUID id, @RequestBody AnswersJson body) {
        recording.answer(current.get(), id, version(body.version()), body.answers() == null ? Map.of()
                : body.answers());
        return record(id);
    }

    @PostMapping("/records/{id}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> finding(@PathVariable UUID id, @RequestBody FindingJson body) {
        return Map.of("id", recording.addFinding(current.get(), id, version(body.version()), body.itemId(),
                body.severity(), body.note(), null));
    }

    @PostMapping("/records/{id}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    RectificationOrder order(@PathVariable UUID id, @RequestBody OrderJson body) {
        return rectification.issue(current.get(), id, version(body.version()), body.findingId(), body.requirement(),
                body.deadline());
    }

    @PostMapping("/records/{id}/finish")
    RecordJson finish(@PathVariable UUID id, @RequestBody FinishJson body) {
        recording.finish(current.get(), id, version(body.version()), body.note());
        return record(id);
    }

    @GetMapping("/orders")
    List<RectificationOrder> orders() {
        return orders.ofUnits(List.copyOf(current.get().unitIds()), 200);
    }

    @PostMapping("/orders/{id}/reinspection")
    RectificationOrder reinspect(@PathVariable UUID id, @RequestBody ReinspectionJson body) {
        return rectification.reinspect(current.get(), id, version(body.version()), body.passed(), body.note());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInput("version", "inspection.error.required");
        }
        return version;
    }
}
