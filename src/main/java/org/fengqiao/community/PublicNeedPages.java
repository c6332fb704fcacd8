package org.fengqiao.community;

import org.fengqiao.casework.CaseExchange;
import org.fengqiao.casework.CaseId;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.shared.LookupCode;
import org.fengqiao.shared.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What residents use without an account: the phone page to raise a need, the QR poster that leads to it, and the
 * progress page opened with the need's number and lookup code (no personal data on it).
 */
@Controller
class PublicNeedPages {

    private final CommunityAccess access;
    private final NeedIntake intake;
    private final Needs needs;
    private final Partners partners;
    private final CaseExchange cases;
    private final CurrentActor current;

    PublicNeedPages(CommunityAccess access, NeedIntake intake, Needs needs, Partners partners, CaseExchange cases,
            CurrentActor current) {
        this.access = access;
        this.intake = intake;
        this.needs = needs;
        this.partners = partners;
        this.cases = cases;
        this.current = current;
    }

    @GetMapping("/public/community/{code}/needs/new")
    String form(@PathVariable String code, @RequestParam(required = false) String src, Model model) {
        model.addAttribute("community", access.community(code));
        model.addAttribute("src", "poster".equals(src) ? "poster" : "phone");
        return "community/need-new";
    }

    @PostMapping("/public/community/{code}/needs")
    String raise(@PathVariable String code, @RequestParam(required = false) String text,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String src, Model model) {
        NeedIntake.Receipt r = intake.raise(code, "poster".equals(src) ? Need.Source.POSTER : Need.Source.PHONE,
                text, name, phone, current.get());
        model.addAttribute("community", access.community(code));
        return Receipts.show(model, r.need().number(), r.lookupCode(), "community/need-receipt");
    }

    @GetMapping("/public/community/{code}/poster")
    String poster(@PathVariable String code, Model model) {
        model.addAttribute("community", access.community(code));
        model.addAttribute("url", needUrl(code));
        return "community/poster";
    }

    @GetMapping(value = "/public/community/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        Community c = access.community(code);
        return ResponseEntity.ok().header("X-Poster-Url", needUrl(c.code())).body(QrCodes.png(needUrl(c.code())));
    }

    @GetMapping("/public/community/needs/track")
    String track(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            Model model) {
        model.addAttribute("number", number);
        if (number == null || number.isBlank() || code == null || code.isBlank()) {
            return "community/need-track";
        }
        Need n = needs.findByNumber(number.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(x -> needs.lookupHash(x.id()).orElse("").equals(LookupCode.hash(code)))
                .orElseThrow(() -> new NotFound("need", number));
        model.addAttribute("need", n);
        model.addAttribute("community", access.community(n.communityCode()));
        model.addAttribute("steps", needs.steps(n.id()));
        model.addAttribute("caseStatus", n.caseId() == null ? null
                : cases.current(new CaseId(n.caseId())).map(CaseExchange.Summary::status).orElse(null));
        model.addAttribute("partner", n.resourceId() == null ? null
                : partners.ofResource(n.resourceId()).map(Partner::name).orElse(null));
        return "community/need-track";
    }

    private static String needUrl(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/community/{code}/needs/new")
                .queryParam("src", "poster").buildAndExpand(code).toUriString();
    }

}
