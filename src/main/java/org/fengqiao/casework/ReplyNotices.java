package org.fengqiao.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a case's reply to its reporter and to the reporters of the cases merged into it. */
@Component
class ReplyNotices {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Cases cases;
    private final MergedCases merged;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ReplyNotices(Cases cases, MergedCases merged, MessageSource messages, ApplicationEventPublisher events) {
        this.cases = cases;
        this.merged = merged;
        this.messages = messages;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CaseReplied replied) {
        Case lead = cases.find(replied.caseId()).orElse(null);
        if (lead == null) {
            return;
        }
        List<Case> reported = new ArrayList<>(List.of(lead));
        merged.into(replied.caseId().value()).forEach(f -> cases.find(new CaseId(f.id())).ifPresent(reported::add));
        Set<UUID> persons = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (Case c : reported) {
            Reporter r = c.draft().reporter();
            if (r == null) {
                continue;
            }
            if (r.personId() != null) {
                persons.add(r.personId());
            } else if (r.phone() != null) {
                phones.add(r.phone().value());
            }
        }
        if (persons.isEmpty() && phones.isEmpty()) {
            return;
        }
        String title = messages.getMessage("casework.reply.notice.title", new Object[] {replied.number()}, ZH);
        String body = messages.getMessage("casework.reply.notice.body",
                new Object[] {replied.number(), shorten(replied.reply())}, ZH);
        Notice notice = new Notice(persons, Set.of(), title, body, "/track?number=" + replied.number(), false, phones);
        events.publishEvent(new ReplyToReporters(replied.caseId(), replied.number(), persons.size() + phones.size(),
                notice));
    }

    /** An SMS-length excerpt; the whole reply is on the tracking page. */
    private static String shorten(String reply) {
        String text = reply == null ? "" : reply.strip();
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
