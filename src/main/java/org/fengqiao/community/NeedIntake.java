package org.fengqiao.community;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.shared.LookupCode;
import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes residents' needs in: from the public phone page and the QR poster (anyone, with a phone number to call
 * back), typed in by staff, or pasted by a grid worker from a WeChat group, several messages at once. Every need
 * gets a number and a lookup code; a WeChat message pasted twice becomes one need.
 */
@Service
class NeedIntake {

    static final int MAX_TEXT = 1000;
    static final int MAX_PASTE = 50_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    /** A stored need and the lookup code its resident gets once. */
    record Receipt(Need need, String lookupCode) {
    }

    /** What a paste gave: the needs created, and how many messages had been taken in before. */
    record PasteResult(List<Receipt> created, int duplicates) {
    }

    private final Needs needs;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;

    NeedIntake(Needs needs, CommunityAccess access, ApplicationEventPublisher events) {
        this.needs = needs;
        this.access = access;
        this.events = events;
    }

    /** From the public page or the poster; anyone may raise a need, a phone number is required. */
    @Transactional
    Receipt raise(String communityCode, Need.Source source, String text, String name, String phone, Actor actor) {
        Community c = access.community(communityCode);
        Need.Source s = source == Need.Source.POSTER ? Need.Source.POSTER : Need.Source.PHONE;
        return store(c, s, Texts.required(text, "text", MAX_TEXT), Texts.optional(name, "name", 50),
                Texts.phone(phone, "phone"), Instant.now(), null, actor).orElseThrow();
    }

    /** Typed in by staff (a call, a visit); the phone may be unknown. */
    @Transactional
    Receipt record(String communityCode, String text, String name, String phone, Actor actor) {
        Community c = access.manage(communityCode, actor);
        String p = phone == null || phone.isBlank() ? null : Texts.phone(phone, "phone");
        return store(c, Need.Source.STAFF, Texts.required(text, "text", MAX_TEXT), Texts.optional(name, "name", 50),
                p, Instant.now(), null, actor).orElseThrow();
    }

    /** Messages pasted from a WeChat group: each message one need, unless it was taken in before. */
    @Transactional
    PasteResult paste(String communityCode, String pasted, Actor actor) {
        Community c = access.manage(communityCode, actor);
        String all = Texts.required(pasted, "text", MAX_PASTE);
        Instant now = Instant.now();
        List<WeChatMessages.ChatMessage> messages = WeChatMessages.parse(all, LocalDateTime.ofInstant(now, ZONE));
        if (messages.isEmpty()) {
            throw new InvalidInput("text", "community.error.noMessages");
        }
        List<Receipt> created = new ArrayList<>();
        int duplicates = 0;
        for (WeChatMessages.ChatMessage m : messages) {
            String text = m.text().length() > MAX_TEXT ? m.text().substring(0, MAX_TEXT) : m.text();
            String name = m.sender() == null ? null
                    : m.sender().length() > 50 ? m.sender().substring(0, 50) : m.sender();
            Matcher phone = MOBILE.matcher(text);
            Instant at = m.at() == null ? now : m.at().atZone(ZONE).toInstant();
            String key = LookupCode.hash(name + "\u0000" + m.at() + "\u0000" + m.text());
            var r = store(c, Need.Source.WECHAT, text, name, phone.find() ? phone.group() : null, at, key, actor);
            if (r.isPresent()) {
                created.add(r.get());
            } else {
                duplicates++;
            }
        }
        return new PasteResult(created, duplicates);
    }

    private java.util.Optional<Receipt> store(Community c, Need.Source source, String text, String name, String phone,
            Instant raisedAt, String sourceKey, Actor actor) {
        Instant now = Instant.now();
        Need n = new Need(UUID.randomUUID(), needs.nextNumber(now), c.code(), c.path(), source, name, phone, text,
                raisedAt, Need.Status.OPEN, null, null, null, actor.username(), now, 0);
        String code = LookupCode.next();
        if (!needs.add(n, LookupCode.hash(code), sourceKey)) {
            return java.util.Optional.empty();
        }
        needs.step(n.id(), Need.Status.OPEN, "", actor.username());
        events.publishEvent(new CommunityChanged(actor.username(), "need.raise", "need", n.id().toString(),
                n.number() + " " + source));
        return java.util.Optional.of(new Receipt(n, code));
    }
}
