package org.fengqiao.casework;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.org.Actor;
import org.fengqiao.org.Jurisdictions;
import org.fengqiao.org.JurisdictionLevel;
import org.fengqiao.org.Role;
import org.fengqiao.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Public pages for reporters without an account: {@code /report} to raise a problem (with up to three photos),
 * {@code /track} to follow it with the case number and lookup code, and to give a verdict once replied.
 */
@Controller
class ReportPages {

    static final int MAX_PHOTOS = 3;

    private final CaseIntake intake;
    private final CaseHandling handling;
    private final Cases cases;
    private final CaseViews views;
    private final Jurisdictions jurisdictions;
    private final CaseMerging merging;

    ReportPages(CaseIntake intake, CaseHandling handling, Cases cases, CaseViews views, Jurisdictions jurisdictions,
            CaseMerging merging) {
        this.merging = merging;
        this.intake = intake;
        this.handling = handling;
        this.cases = cases;
        this.views = views;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/report")
    String form(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("places", jurisdictions.all().stream()
                .filter(j -> j.level() == JurisdictionLevel.COMMUNITY || j.level() == JurisdictionLevel.TOWN).toList());
        return "casework/report";
    }

    @PostMapping("/report")
    String submit(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
            @RequestParam(required = false) Category category, @RequestParam(required = false) String reporterName,
            @RequestParam(required = false) String reporterPhone, @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String enterpriseName, @RequestParam(required = false) String address,
            @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model)
            throws IOException {
        try {
            List<Photo> checked = check(photos);
            CaseIntake.Receipt r = intake.submit(new Submission(title, description, category, reporterName,
                    reporterPhone, creditCode, enterpriseName, address, lat, lon, jurisdiction, null),
                    Actor.anonymousResident(), Channel.WEB_FORM, checked);
            model.addAttribute("number", r.filed().number());
            model.addAttribute("code", r.lookupCode());
            return "casework/receipt";
        } catch (InvalidInput e) {
            model.addAttribute("error", e);
            return form(model);
        }
    }

    private static List<Photo> check(List<MultipartFile> files) throws IOException {
        List<Photo> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            if (out.size() == MAX_PHOTOS) {
                throw new InvalidInput("photos", "casework.error.photoCount", MAX_PHOTOS);
            }
            out.add(Photo.check(f.getOriginalFilename(), f.getBytes(), "photos"));
        }
        return out;
    }

    @GetMapping("/track")
    String trackForm() {
        return "casework/track";
    }

    @PostMapping("/track")
    String track(@RequestParam String number, @RequestParam String code, Model model) {
        Case c = cases.tracked(number, code);
        model.addAttribute("c", views.forReporter(c));
        Case followed = merging.followed(c);
        if (followed != c) {
            model.addAttribute("following", views.following(followed));
        }
        model.addAttribute("number", c.number());
        model.addAttribute("code", code);
        return "casework/tracked";
    }

    @PostMapping("/track/verdict")
    String verdict(@RequestParam String number, @RequestParam String code, @RequestParam long version,
            @RequestParam(required = false) Boolean satisfied, @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String note, Model model) {
        Case c = cases.tracked(number, code);
        By by = new By(c.draft().reporter().personId(), c.draft().reporter().name(), Role.RESIDENT, Channel.WEB_FORM,
                Instant.now());
        handling.verdictByReporter(c, new CaseCommand(version, note, null, null, null, null, null, null, satisfied,
                score), by);
        model.addAttribute("thanks", true);
        return track(number, code, model);
    }
}
