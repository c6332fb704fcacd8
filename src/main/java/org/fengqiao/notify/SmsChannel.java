package org.fengqiao.notify;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/** Urgent notices also go to each recipient's phone; people without an account are reached only here. */
@Component
class SmsChannel implements NotificationChannel {

    private final SmsGateway gateway;
    private final NotifySettings settings;

    SmsChannel(SmsGateway gateway, NotifySettings settings) {
        this.gateway = gateway;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public List<String> addresses(Notice notice, List<Recipient> recipients) {
        if (!settings.sms()) {
            return List.of();
        }
        Stream<String> ofRecipients = notice.urgent() ? recipients.stream().map(Recipient::phone) : Stream.empty();
        return Stream.concat(ofRecipients, notice.phones().stream()).filter(p -> p != null && !p.isBlank())
                .distinct().toList();
    }

    @Override
    public void deliver(Delivery delivery) throws Exception {
        gateway.send(delivery.address(), "【枫桥】" + delivery.title());
    }
}
