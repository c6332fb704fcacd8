package org.fengqiao.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.fengqiao.org.People;
import org.fengqiao.org.calendar.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox as a person uses it: the header badge, the list, mark as read, nobody else's messages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    Inbox inbox;
    @Autowired
    People people;

    @Test
    void unreadMessagesShowInTheBadgeAndCanBeMarkedReadByTheirOwnerOnly() throws Exception {
        UUID dispatcher = people.findByUsername("dispatcher").orElseThrow().id();
        String title = "新事项待分派 " + UUID.randomUUID();
        inbox.add(dispatcher, Notice.toPerson(dispatcher, title, "东湖街道 · 占道经营", null));
        long unread = inbox.unread(dispatcher);

        Browser browser = new Browser(port).login("dispatcher");
        assertThat(browser.get("/home").body()).contains("/inbox/badge", "hx-trigger");
        assertThat(browser.get("/inbox/badge").body()).contains(">" + unread + "<");
        String page = browser.get("/inbox?show=unread").body();
        assertThat(page).contains(title, "东湖街道 · 占道经营");
        UUID id = inbox.page(dispatcher, true, false, 0, 50).stream().filter(m -> m.title().equals(title))
                .findFirst().orElseThrow().id();

        Browser other = new Browser(port).login("handler");
        assertThat(other.post("/inbox/" + id + "/read", "").statusCode()).isEqualTo(404);
        assertThat(inbox.unread(dispatcher)).isEqualTo(unread);

        assertThat(browser.post("/inbox/" + id + "/read", "").statusCode()).isEqualTo(302);
        assertThat(inbox.unread(dispatcher)).isEqualTo(unread - 1);
    }
}
