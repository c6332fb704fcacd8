package org.fengqiao.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The WeChat paste parser: whatever the header format, every message comes back with its sender, time and text. */
class WeChatMessagesProperties {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 21, 30, 15);
    static final String HAN = "张王李刘陈杨赵黄周吴徐孙马朱胡郭何林罗高伟芳娜敏静丽强磊军洋勇艳杰涛明超秀英华";
    static final String TEXT = HAN + "路灯坏了下雨积水严重楼道堆放杂物请物业处理谢谢，。！？ 0123456789abcXYZ";

    /** A message as someone wrote it, and the header format it was copied in (0..5). */
    record Written(String sender, LocalDateTime at, List<String> lines, int format) {
    }

    @Provide
    Arbitrary<List<Written>> chats() {
        Arbitrary<String> sender = Arbitraries.strings().withChars(HAN).ofMinLength(1).ofMaxLength(4);
        Arbitrary<LocalDateTime> at = Arbitraries.longs().between(0, 300L * 24 * 3600)
                .map(s -> NOW.minusSeconds(s));
        Arbitrary<List<String>> lines = Arbitraries.strings().withChars(TEXT).ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(s -> !s.isEmpty()).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(sender, at, lines, Arbitraries.integers().between(0, 5)).as(Written::new)
                .list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void everyMessageComesBackWithItsSenderTimeAndText(@ForAll("chats") List<Written> chat) {
        StringBuilder paste = new StringBuilder();
        List<WeChatMessages.ChatMessage> expected = new ArrayList<>();
        for (Written w : chat) {
            expected.add(new WeChatMessages.ChatMessage(w.sender(), render(w, paste), String.join("\n", w.lines())));
            paste.append("\n");
        }
        assertThat(WeChatMessages.parse(paste.toString(), NOW)).isEqualTo(expected);
    }

    @Property(tries = 300)
    void anyPasteIsReadWithoutFailureAndNoMessageIsEmpty(@ForAll String paste) {
        assertThat(WeChatMessages.parse(paste, NOW)).allSatisfy(m -> {
            assertThat(m.text()).isNotBlank();
            if (m.at() != null) {
                assertThat(m.at()).isBeforeOrEqualTo(NOW.plusYears(10000));
            }
        });
    }

    @Property(tries = 100)
    void textBeforeTheFirstHeaderIsOneMessageWithoutSender(@ForAll("chats") List<Written> chat) {
        StringBuilder paste = new StringBuilder("楼下路灯坏了三天了\n\n");
        chat.forEach(w -> render(w, paste.append('\n')));
        List<WeChatMessages.ChatMessage> parsed = WeChatMessages.parse(paste.toString(), NOW);
        assertThat(parsed).hasSize(chat.size() + 1);
        assertThat(parsed.get(0)).isEqualTo(new WeChatMessages.ChatMessage(null, null, "楼下路灯坏了三天了"));
    }

    @Example
    void invalidTimesAndDatesAreText() {
        assertThat(WeChatMessages.parse("张三 25:10\n李四 2月30日 10:00\n积水", NOW)).singleElement()
                .isEqualTo(new WeChatMessages.ChatMessage(null, null, "张三 25:10\n李四 2月30日 10:00\n积水"));
    }

    @Example
    void aTimeWithoutDateLaterThanNowWasYesterday() {
        assertThat(WeChatMessages.parse("王阿姨 22:05\n北门积水", NOW).get(0).at())
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 22, 5));
    }

    /** Appends the message in its format and returns the time the format can carry. */
    static LocalDateTime render(Written w, StringBuilder out) {
        LocalDateTime at = w.at();
        LocalDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        boolean today = at.toLocalDate().equals(NOW.toLocalDate());
        boolean yesterday = at.toLocalDate().equals(NOW.toLocalDate().minusDays(1));
        List<String> rest = w.lines();
        switch (w.format()) {
            case 0 -> out.append(w.sender()).append(' ')
                    .append(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            case 1 -> out.append(w.sender()).append(' ').append(at.format(DateTimeFormatter.ofPattern("yyyy/M/d H:mm")));
            case 2 -> {
                out.append('[').append(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("] ")
                        .append(w.sender()).append("：").append(rest.get(0));
                rest = rest.subList(1, rest.size());
            }
            case 3 -> out.append(w.sender()).append(' ').append(at.getMonthValue()).append('月')
                    .append(at.getDayOfMonth()).append("日 ").append(at.getHour() < 12 ? "上午" : "下午")
                    .append(at.getHour() > 12 ? at.getHour() - 12 : at.getHour())
                    .append(at.format(DateTimeFormatter.ofPattern(":mm")));
            case 4 -> out.append(w.sender()).append(' ').append(today ? "" : yesterday ? "昨天 " : at.format(
                    DateTimeFormatter.ofPattern("M-d "))).append(at.format(DateTimeFormatter.ofPattern("HH:mm")));
            default -> out.append(w.sender()).append(' ')
                    .append(at.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss")));
        }
        rest.forEach(l -> out.append('\n').append(l));
        return w.format() == 0 || w.format() == 5 ? at.truncatedTo(ChronoUnit.SECONDS) : minute;
    }
}
