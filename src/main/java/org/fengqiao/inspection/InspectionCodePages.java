package org.fengqiao.inspection;

import java.time.Instant;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Units;
import org.fengqiao.shared.Forbidden;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.fengqiao.subject.EnterpriseId;
import org.fengqiao.subject.Enterprises;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 亮码检查 pages: the inspector's QR code for a published visit, and the firm's phone page that verifies a scanned
 * code once (a second scan of the same code is a replay) and takes the firm's rating or complaint.
 */
@Controller
class InspectionCodePages {

    private final InspectionCodes codes;
    private final JointPlans plans;
    private final Enterprises enterprises;
    private final Units units;
    private final CurrentActor current;
    private final JdbcClient jdbc;

    InspectionCodePages(InspectionCodes codes, JointPlans plans, Enterprises enterprises, Units units,
            CurrentActor current, JdbcClient jdbc) {
        this.codes = codes;
        this.plans = plans;
        this.enterprises = enterprises;
        this.units = units;
        this.current = current;
        this.jdbc = jdbc;
    }

    /** The code an inspector shows; only for a published visit, only to its departments or the command room. */
    @GetMapping(value = "/inspection/visits/{visitId}/code.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> code(@PathVariable UUID visitId) {
        Actor actor = current.get();
        PlannedInspection visit = plans.visit(visitId).orElseThrow(() -> new NotFound("visit", visitId));
        JointPlan plan = plans.get(visit.planId());
        boolean member = visit.unitIds().stream().anyMatch(actor::memberOf);
        if (!plan.published() || !(member || WeeklyPlanning.mayPlan(actor) && actor.covers(plan.townPath()))) {
            throw new Forbidden("inspection.error.role");
        }
        String url = "/public/inspection-code/" + codes.issue(visit);
        return ResponseEntity.ok().header("X-Inspection-Code", url).body(codes.qrPng(url));
    }

    @GetMapping("/public/inspection-code/key")
    @ResponseBody
    String publicKey() {
        return codes.publicKey();
    }

    /** Every public key that still verifies codes (the signing key first, then retired ones), one per line. */
    @GetMapping(value = "/public/inspection-code/keys", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String publicKeys() {
        return String.join("\n", codes.publicKeys());
    }

    @GetMapping("/public/inspection-code/{token}")
    @Transactional
    String scan(@PathVariable String token, Model model) {
        InspectionCodes.Claims claims = codes.verify(token, Instant.now());
        PlannedInspection visit = plans.visit(claims.visitId()).orElseThrow(() -> new InvalidInput("token",
                "inspection.code.forged"));
        try {
            jdbc.sql("INSERT INTO inspection_code_use (nonce, planned_id) VALUES (?, ?)")
                    .params(claims.nonce(), visit.id()).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("token", "inspection.code.replayed");
        }
        jdbc.sql("UPDATE planned_inspection SET scanned_at = coalesce(scanned_at, now()) WHERE id = ?")
                .param(visit.id()).update();
        model.addAttribute("claims", claims);
        model.addAttribute("firm", enterprises.find(new EnterpriseId(claims.enterpriseId())).orElseThrow().name());
        model.addAttribute("departments", claims.unitIds().stream()
                .map(id -> units.find(id).map(u -> u.name()).orElse("?")).toList());
        model.addAttribute("token", token);
        return "inspection/code";
    }

    @PostMapping("/public/inspection-code/{token}/rating")
    @Transactional
    String rate(@PathVariable String token, @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) String complaint, Model model) {
        InspectionCodes.Claims claims = codes.verify(token, Instant.now());
        boolean scanned = jdbc.sql("SELECT count(*) > 0 FROM inspection_code_use WHERE nonce = ?")
                .param(claims.nonce()).query(Boolean.class).single();
        if (!scanned) {
            throw new InvalidInput("token", "inspection.code.notScanned");
        }
        if (stars == null || stars < 1 || stars > 5) {
            throw new InvalidInput("stars", "inspection.code.stars");
        }
        if (complaint != null && complaint.length() > 1000) {
            throw new InvalidInput("complaint", "inspection.code.complaintTooLong");
        }
        boolean rated = jdbc.sql("SELECT count(*) > 0 FROM inspection_rating WHERE planned_id = ?")
                .param(claims.visitId()).query(Boolean.class).single();
        if (rated) {
            throw new InvalidInput("token", "inspection.code.alreadyRated");
        }
        jdbc.sql("INSERT INTO inspection_rating (id, planned_id, stars, complaint) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), claims.visitId(), stars,
                        complaint == null || complaint.isBlank() ? null : complaint.strip()).update();
        model.addAttribute("thanks", true);
        return "inspection/rated";
    }
}
