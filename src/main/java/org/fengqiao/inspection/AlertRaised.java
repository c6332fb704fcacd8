package org.fengqiao.inspection;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;
import org.fengqiao.shared.Audited;

/**
 * An alert or a 一键指令 reached units (each unit's duty supervisor hears of it), or a command's limit passed with
 * units that had not acknowledged it (urgent).
 */
public record AlertRaised(UUID subjectId, String action, Set<UUID> unitIds, String title, String body, String link,
        boolean urgent, String by) implements Notifiable, Audited {

    @Override
    public Notice notice() {
        return new Notice(Set.of(), unitIds, title, body, link, urgent);
    }

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditSubjectType() {
        return action.startsWith("inspection.alert") ? "inspection_alert" : "inspection_command";
    }

    @Override
    public String auditSubjectId() {
        return subjectId.toString();
    }

    @Override
    public String auditDetail() {
        return title;
    }
}
