package org.fengqiao.inspection;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.casework.CaseSubmitted;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.subject.CreditCode;
import org.fengqiao.subject.Enterprise;
import org.fengqiao.subject.Enterprises;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint-like case about a known firm (by category or wording, see {@link AlertTriggers}) raises an alert on
 * the firm: every department concerned hears of it at once, and its exemption ends. One alert per case, however
 * often the event is delivered.
 */
@Component
class CaseAlerts {

    private final Enterprises enterprises;
    private final AlertTriggers triggers;
    private final AlertFanOut fanOut;
    private final MessageSource messages;

    CaseAlerts(Enterprises enterprises, AlertTriggers triggers, AlertFanOut fanOut, MessageSource messages) {
        this.enterprises = enterprises;
        this.triggers = triggers;
        this.fanOut = fanOut;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(CaseSubmitted e) {
        raiseFor(e);
    }

    /** The alert this case raised now, if it is complaint-like, about a known firm and not seen before. */
    @Transactional
    Optional<UUID> raiseFor(CaseSubmitted e) {
        Optional<Enterprise> firm = firm(e.creditCode());
        Optional<AlertTriggers.Reason> why = triggers.forCase(e.category(), e.title(), e.description());
        if (firm.isEmpty() || why.isEmpty()) {
            return Optional.empty();
        }
        String category = e.category() == null ? "" : e.category().label();
        return fanOut.raiseOnce(firm.get(), "CASE", "CASE:" + e.caseId().value(),
                text("inspection.alert.fromCase.title", e.number(), e.title()),
                text("inspection.alert.fromCase.detail", e.number(), category, e.title(),
                        text(why.get().messageKey(), why.get().matched())));
    }

    private Optional<Enterprise> firm(String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            return Optional.empty();
        }
        try {
            return enterprises.findByCreditCode(CreditCode.parse(creditCode));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
