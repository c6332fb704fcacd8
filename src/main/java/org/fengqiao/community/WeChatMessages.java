package org.fengqiao.community;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads messages copied or forwarded from a WeChat group, several at once. A message starts with a header line,
 * either "name [date] [上午|下午…] hh:mm[:ss]" with the text on the following lines (how copied and forwarded
 * chat records look), or "[date hh:mm] name: text" (exported chats). Dates may be full (2026-11-25, 2026/11/25,
 * 2026年11月25日), without year (11-25, 11/25, 11月25日) or relative (今天, 昨天, 前天); a missing date or year is
 * taken so that the message lies at or before {@code now}. Lines before the first header form one message without
 * sender or time. Blank lines are dropped; a header with no text is no message.
 */
final class WeChatMessages {

    /** One message: sender and time are null where the paste did not say. */
    record ChatMessage(String sender, LocalDateTime at, String text) {
    }

    private static final String WHEN = "(?:(?<date>\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?|\\d{1,2}[-/月]\\d{1,2}日?"
            + "|今天|昨天|前天)\\s*)?(?<half>上午|下午|早上|中午|晚上|凌晨)?\\s*(?<h>\\d{1,2})[:：](?<m>\\d{2})"
            + "(?:[:：](?<s>\\d{2}))?";
    private static final Pattern HEADER = Pattern.compile("(?<name>[^\\s\\[:：][^:：]{0,29}?)\\s+" + WHEN);
    private static final Pattern INLINE = Pattern.compile("\\[" + WHEN + "]\\s*(?<name>[^\\s:：][^:：]{0,29}?)\\s*[:：]"
            + "\\s?(?<text>.*)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})[-/月](\\d{1,2})日?");

    private WeChatMessages() {
    }

    static List<ChatMessage> parse(String pasted, LocalDateTime now) {
        List<ChatMessage> messages = new ArrayList<>();
        if (pasted == null) {
            return messages;
        }
        String sender = null;
        LocalDateTime at = null;
        StringBuilder text = new StringBuilder();
        for (String raw : pasted.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip().replace('\u00a0', ' ');
            Matcher header = HEADER.matcher(line);
            Matcher inline = INLINE.matcher(line);
            boolean isHeader = header.matches() && time(header, now) != null;
            boolean isInline = !isHeader && inline.matches() && time(inline, now) != null;
            if (isHeader || isInline) {
                add(messages, sender, at, text);
                Matcher m = isHeader ? header : inline;
                sender = m.group("name").strip();
                at = time(m, now);
                text.setLength(0);
                if (isInline) {
                    append(text, inline.group("text").strip());
                }
            } else {
                append(text, line);
            }
        }
        add(messages, sender, at, text);
        return messages;
    }

    private static void append(StringBuilder text, String line) {
        if (!line.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
    }

    private static void add(List<ChatMessage> messages, String sender, LocalDateTime at, StringBuilder text) {
        if (!text.isEmpty()) {
            messages.add(new ChatMessage(sender, at, text.toString()));
        }
    }

    /** The time a header names, or null when it names none (25:99, 2月30日): then the line is text. */
    private static LocalDateTime time(Matcher m, LocalDateTime now) {
        int h = Integer.parseInt(m.group("h"));
        int min = Integer.parseInt(m.group("m"));
        int s = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        String half = m.group("half");
        if (half != null && (half.equals("下午") || half.equals("晚上")) && h < 12
                || "中午".equals(half) && h < 11) {
            h += 12;
        }
        if (h > 23 || min > 59 || s > 59) {
            return null;
        }
        LocalTime t = LocalTime.of(h, min, s);
        String date = m.group("date");
        try {
            if (date == null || date.equals("今天")) {
                LocalDateTime at = now.toLocalDate().atTime(t);
                return date == null && at.isAfter(now) ? at.minusDays(1) : at;
            }
            if (date.equals("昨天") || date.equals("前天")) {
                return now.toLocalDate().minusDays(date.equals("昨天") ? 1 : 2).atTime(t);
            }
            Matcher full = FULL_DATE.matcher(date);
            if (full.matches()) {
                return LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3))).atTime(t);
            }
            Matcher shortDate = SHORT_DATE.matcher(date);
            if (shortDate.matches()) {
                LocalDateTime at = LocalDate.of(now.getYear(), Integer.parseInt(shortDate.group(1)),
                        Integer.parseInt(shortDate.group(2))).atTime(t);
                return at.isAfter(now) ? at.minusYears(1) : at;
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
