package org.fengqiao.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fengqiao.org.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Joint consultations (联席会商) over REST: convene on a case, record the meeting, assign and finish tasks. */
@RestController
class ConsultationApi {

    record Convene(@NotNull @Size(min = 2, max = 20) List<String> units, @NotNull Instant meetsAt,
            @Size(max = 200) String place, @Size(max = 400) String onlineLink) {
    }

    record Minutes(List<String> attended, @Size(max = 5000) String minutes, @Size(max = 5000) String decisions) {
    }

    record NewTask(@NotNull String unit, @Size(max = 1000) String description, @NotNull Instant due) {
    }

    record Done(@Size(max = 1000) String note) {
    }

    private final JointConsultation consultation;
    private final Consultations consultations;
    private final CaseHandling handling;
    private final CurrentActor actors;

    ConsultationApi(JointConsultation consultation, Consultations consultations, CaseHandling handling,
            CurrentActor actors) {
        this.consultation = consultation;
        this.consultations = consultations;
        this.handling = handling;
        this.actors = actors;
    }

    @GetMapping("/api/v1/cases/{id}/consultations")
    List<Consultations.Consultation> ofCase(@PathVariable UUID id) {
        handling.get(new CaseId(id), actors.get());
        return consultations.ofCase(id);
    }

    @PostMapping("/api/v1/cases/{id}/consultations")
    Map<String, UUID> convene(@PathVariable UUID id, @Valid @RequestBody Convene body) {
        return Map.of("id", consultation.convene(new CaseId(id), body.units(), body.meetsAt(), body.place(),
                body.onlineLink(), actors.get(), Instant.now()));
    }

    @PostMapping("/api/v1/consultations/{id}/minutes")
    Consultations.Consultation record(@PathVariable UUID id, @Valid @RequestBody Minutes body) {
        consultation.record(id, body.attended(), body.minutes(), body.decisions(), actors.get(), Instant.now());
        return consultations.find(id).orElseThrow();
    }

    @PostMapping("/api/v1/consultations/{id}/tasks")
    Map<String, UUID> task(@PathVariable UUID id, @Valid @RequestBody NewTask body) {
        return Map.of("id", consultation.addTask(id, body.unit(), body.description(), body.due(), actors.get(),
                Instant.now()));
    }

    @PostMapping("/api/v1/consultation-tasks/{id}/done")
    Consultations.Task done(@PathVariable UUID id, @Valid @RequestBody(required = false) Done body) {
        consultation.complete(id, body == null ? null : body.note(), actors.get(), Instant.now());
        return consultations.task(id).orElseThrow();
    }
}
