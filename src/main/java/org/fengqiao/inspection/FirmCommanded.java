package org.fengqiao.inspection;

import java.util.Set;
import java.util.UUID;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;
import org.fengqiao.shared.Audited;

/** A 一键指令 concerning a firm reached the firm: its accounts hear of it (urgent) and acknowledge on the phone. */
public record FirmCommanded(UUID commandId, UUID enterpriseId, Set<UUID> personIds, String title, String body,
        String by) implements Notifiable, Audited {

    @Override
    public Notice notice() {
        return new Notice(personIds, Set.of(), title, body, "/inspection/firm/commands", true);
    }

    @Override
    public String auditActor() {
        return by;
    }

    @Override
    public String auditAction() {
        return "inspection.command.toFirm";
    }

    @Override
    public String auditSubjectType() {
        return "inspection_command";
    }

    @Override
    public String auditSubjectId() {
        return commandId.toString();
    }

    @Override
    public String auditDetail() {
        return enterpriseId.toString();
    }
}
