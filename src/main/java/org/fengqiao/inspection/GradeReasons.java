package org.fengqiao.inspection;

import java.util.List;

import org.fengqiao.subject.Industries;
import org.fengqiao.subject.Industry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A grade's reasons in the reader's language, an industry named as people know it (餐饮, not CATERING). */
@Component
class GradeReasons {

    private final MessageSource messages;
    private final Industries industries;

    GradeReasons(MessageSource messages, Industries industries) {
        this.messages = messages;
        this.industries = industries;
    }

    List<String> texts(Grade g) {
        return g.reasons().stream().map(this::text).toList();
    }

    String text(RiskScoring.Reason r) {
        String argument = r.argument();
        if ("inspection.risk.industry".equals(r.key())) {
            argument = industries.find(argument).map(Industry::name).orElse(argument);
        }
        return messages.getMessage(r.key(), new Object[] {argument}, r.key(), LocaleContextHolder.getLocale());
    }
}
