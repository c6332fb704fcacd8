package org.fengqiao.casework;

import org.fengqiao.notify.Notice;
import org.fengqiao.notify.Notifiable;

/**
 * The answer to a case (反馈) goes to everyone who reported it: the case's own reporter and the reporters of every
 * case merged into it, since merged cases share one handling. Reporters with an account find it in their inbox,
 * the others get it by SMS on the phone they gave.
 */
public record ReplyToReporters(CaseId caseId, String number, int reporters, Notice notice) implements Notifiable {
}
