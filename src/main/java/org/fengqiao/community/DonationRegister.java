package org.fengqiao.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.shared.InvalidInput;
import org.fengqiao.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The donations register: staff open a drive with the items it collects ("name unit target" per line, e.g.
 * "冬衣 件 100"), register every donation received against an item, and close the drive when it is done.
 */
@Service
class DonationRegister {

    static final int MAX_ITEMS = 20;

    private final Drives drives;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;

    DonationRegister(Drives drives, CommunityAccess access, ApplicationEventPublisher events) {
        this.drives = drives;
        this.access = access;
        this.events = events;
    }

    @Transactional
    Drive open(String communityCode, String title, String purpose, String items, Actor actor) {
        Community c = access.manage(communityCode, actor);
        Drive d = new Drive(UUID.randomUUID(), c.code(), c.path(), Texts.required(title, "title", 100),
                Texts.required(purpose, "purpose", 1000), Drive.Status.OPEN, actor.username(), Instant.now(),
                items(items));
        drives.add(d);
        events.publishEvent(new CommunityChanged(actor.username(), "drive.open", "drive", d.id().toString(),
                c.code() + " " + d.title()));
        return drives.find(d.id()).orElseThrow();
    }

    @Transactional
    Drive donate(UUID driveId, UUID itemId, Integer quantity, String donorName, String donorPhone, String note,
            Actor actor) {
        Drive d = manage(driveId, actor);
        if (d.status() != Drive.Status.OPEN) {
            throw new InvalidInput("drive", "community.error.driveClosed");
        }
        if (itemId == null) {
            throw new InvalidInput("itemId", "community.error.required");
        }
        Drive.Item item = d.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new InvalidInput("itemId", "community.error.itemOutside"));
        if (quantity == null) {
            throw new InvalidInput("quantity", "community.error.required");
        }
        if (quantity <= 0 || quantity > 100_000) {
            throw new InvalidInput("quantity", "community.error.range", 1, 100_000);
        }
        String phone = donorPhone == null || donorPhone.isBlank() ? null : Texts.phone(donorPhone, "donorPhone");
        drives.donate(d.id(), new Drive.Donation(UUID.randomUUID(), item.id(), item.name(), item.unit(),
                Texts.optional(donorName, "donorName", 50), phone, quantity, Texts.optional(note, "note", 200),
                Instant.now(), actor.username()));
        events.publishEvent(new CommunityChanged(actor.username(), "drive.donation", "drive", d.id().toString(),
                item.name() + " " + quantity + item.unit()));
        return drives.find(d.id()).orElseThrow();
    }

    @Transactional
    Drive close(UUID driveId, Actor actor) {
        Drive d = manage(driveId, actor);
        if (!drives.close(d.id(), Instant.now())) {
            throw new InvalidInput("drive", "community.error.driveClosed");
        }
        events.publishEvent(new CommunityChanged(actor.username(), "drive.close", "drive", d.id().toString(),
                d.title()));
        return drives.find(d.id()).orElseThrow();
    }

    Drive get(UUID id, Actor actor) {
        Drive d = drives.find(id).orElseThrow(() -> new NotFound("drive", id));
        access.read(d.communityCode(), actor);
        return d;
    }

    private Drive manage(UUID id, Actor actor) {
        Drive d = drives.find(id).orElseThrow(() -> new NotFound("drive", id));
        access.manage(d.communityCode(), actor);
        return d;
    }

    /** Parses "name unit target" lines; each refusal names the field "items" and quotes the line. */
    static List<Drive.Item> items(String lines) {
        List<Drive.Item> items = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (lines != null) {
            for (String line : lines.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                String[] parts = l.split("\\s+");
                if (parts.length != 3 || parts[0].length() > 50 || parts[1].length() > 10
                        || !parts[2].matches("\\d{1,6}") || Integer.parseInt(parts[2]) == 0) {
                    throw new InvalidInput("items", "community.error.itemLine", l);
                }
                if (!names.add(parts[0])) {
                    throw new InvalidInput("items", "community.error.itemTwice", parts[0]);
                }
                items.add(new Drive.Item(UUID.randomUUID(), parts[0], parts[1], Integer.parseInt(parts[2]), 0));
            }
        }
        if (items.isEmpty()) {
            throw new InvalidInput("items", "community.error.required");
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInput("items", "community.error.tooManyItems", MAX_ITEMS);
        }
        return items;
    }
}
