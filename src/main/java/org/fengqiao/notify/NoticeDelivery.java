package org.fengqiao.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.fengqiao.org.DutyRoster;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.fengqiao.org.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a committed {@link Notifiable} into inbox messages and stored deliveries, in one transaction with the
 * db-scheduler executions that send them; the event stays incomplete in the registry until this has committed.
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

    private final Inbox inbox;
    private final Deliveries deliveries;
    private final List<NotificationChannel> channels;
    private final People people;
    private final DutyRoster roster;
    private final SchedulerClient scheduler;

    NoticeDelivery(Inbox inbox, Deliveries deliveries, List<NotificationChannel> channels, People people,
            DutyRoster roster, SchedulerClient scheduler) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.channels = channels;
        this.people = people;
        this.roster = roster;
        this.scheduler = scheduler;
    }

    @ApplicationModuleListener
    void on(Notifiable event) {
        Notice notice = event.notice();
        List<Recipient> recipients = recipients(notice);
        recipients.forEach(r -> inbox.add(r.personId(), notice));
        for (NotificationChannel channel : channels) {
            for (String address : channel.addresses(notice, recipients)) {
                UUID id = deliveries.add(channel.name(), address, notice);
                scheduler.schedule(new TaskInstance<>(DeliveryAttempts.TASK.getTaskName(), id.toString(),
                        id.toString()), java.time.Instant.now());
            }
        }
        log.debug("Notice '{}' to {} people", notice.title(), recipients.size());
    }

    /** Persons named, plus each unit's duty supervisor; a unit without a roster reaches its heads, else everyone. */
    List<Recipient> recipients(Notice notice) {
        Map<UUID, Person> found = new LinkedHashMap<>();
        notice.personIds().forEach(id -> people.find(id).ifPresent(p -> found.put(p.id(), p)));
        for (UUID unitId : notice.unitIds()) {
            var onDuty = roster.onDutyNow(unitId).flatMap(d -> people.find(d.personId()));
            if (onDuty.isPresent()) {
                found.put(onDuty.get().id(), onDuty.get());
                continue;
            }
            List<Person> staff = people.ofUnit(unitId);
            List<Person> heads = staff.stream().filter(p -> p.roles().contains(Role.HEAD)).toList();
            (heads.isEmpty() ? staff : heads).forEach(p -> found.put(p.id(), p));
        }
        List<Recipient> recipients = new ArrayList<>();
        found.values().stream().filter(Person::enabled)
                .forEach(p -> recipients.add(new Recipient(p.id(), p.displayName(), p.phone())));
        return recipients;
    }
}
