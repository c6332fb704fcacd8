package org.fengqiao.notify;

import org.fengqiao.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stands in for an SMS provider: logs that a text would go out, with the phone masked and no content. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS to {} ({} characters) - no SMS provider configured, logged only", Masking.phone(phone),
                text.length());
    }
}
