package org.fengqiao.org.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.CurrentActor;
import org.fengqiao.org.Role;
import org.fengqiao.org.Unit;
import org.fengqiao.org.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The calendar pages: the years and their dates, the import of a year's notice, office hours. */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','HANDLER','HEAD','OFFICER','AUDITOR')")
class CalendarPages {

    private final CalendarDays days;
    private final OfficeHourRanges hours;
    private final CalendarAdministration admin;
    private final CurrentActor current;
    private final Units units;
    private final org.fengqiao.org.WorkingCalendar calendar;
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of(org.fengqiao.FengqiaoApplication.ZONE);

    CalendarPages(CalendarDays days, OfficeHourRanges hours, CalendarAdministration admin, CurrentActor current,
            Units units, org.fengqiao.org.WorkingCalendar calendar) {
        this.calendar = calendar;
        this.days = days;
        this.hours = hours;
        this.admin = admin;
        this.current = current;
        this.units = units;
    }

    @GetMapping
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        var years = days.years();
        int shown = year != null ? year : years.stream().map(CalendarDays.YearSummary::year)
                .filter(y -> y == LocalDate.now().getYear()).findFirst()
                .orElse(years.isEmpty() ? LocalDate.now().getYear() : years.get(0).year());
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("days", days.days(shown));
        model.addAttribute("canEdit", current.get().has(Role.ADMIN));
        model.addAttribute("missingYears", current.get().has(Role.ADMIN)
                ? calendar.yearsWithoutNotice(LocalDate.now(ZONE)).stream().map(String::valueOf).toList()
                : java.util.List.of());
        return "calendar/calendar";
    }

    /** For the navigation bar: admins see which coming years still count weekends only. */
    @GetMapping("/warning")
    String warning(Model model) {
        model.addAttribute("missingYears", current.get().has(Role.ADMIN)
                ? calendar.yearsWithoutNotice(LocalDate.now(ZONE)).stream().map(String::valueOf).toList()
                : java.util.List.of());
        return "calendar/warning :: warning";
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    String importForm(@RequestParam(required = false) Integer year, Model model) {
        int y = year != null ? year : LocalDate.now().getYear() + 1;
        model.addAttribute("year", y);
        model.addAttribute("notice", days.notice(y).orElse(""));
        return "calendar/import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    String importNotice(@RequestParam int year, @RequestParam String notice,
            @RequestParam(defaultValue = "preview") String action, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("notice", notice);
        if ("apply".equals(action)) {
            NoticePreview applied = admin.apply(current.get(), year, notice);
            return "redirect:/calendar?year=" + applied.year() + "&applied=" + applied.entries().size();
        }
        model.addAttribute("preview", admin.preview(year, notice));
        return "calendar/import";
    }

    @GetMapping("/office-hours")
    String officeHours(Model model) {
        Actor actor = current.get();
        List<Unit> editable = units.all().stream()
                .filter(u -> (actor.has(Role.ADMIN) && actor.covers(u.jurisdictionPath()))
                        || (actor.has(Role.HEAD) && actor.memberOf(u.id())))
                .toList();
        model.addAttribute("defaults", hours.defaults());
        model.addAttribute("own", hours.allOwn());
        model.addAttribute("units", editable);
        model.addAttribute("canEditDefault", actor.has(Role.ADMIN));
        return "calendar/office-hours";
    }

    @PostMapping("/office-hours")
    String setOfficeHours(@RequestParam(required = false) UUID unitId, @RequestParam(defaultValue = "") String ranges,
            @RequestParam(defaultValue = "false") boolean revert) {
        admin.setHours(current.get(), unitId, ranges, revert);
        return "redirect:/calendar/office-hours?saved";
    }
}
