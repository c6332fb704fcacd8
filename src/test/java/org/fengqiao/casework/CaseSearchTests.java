package org.fengqiao.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.org.Actor;
import org.fengqiao.org.People;
import org.fengqiao.org.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Case list searches on the demo data: both ways of searching a phrase agree, numbers are found by prefix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseSearchTests {

    @Autowired
    CaseSearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    People people;

    private Actor dispatcher() {
        Person p = people.findByUsername("dispatcher").orElseThrow();
        return new Actor(p.id(), p.username(), p.displayName(), p.roles(), p.unitIds(), List.of("/D01/"));
    }

    private static CaseSearch.Query text(String text, int page) {
        return new CaseSearch.Query(null, null, null, text, false, null, null, false, page, 5);
    }

    @Test
    void phraseSearchOverTheNewestCasesGivesTheSamePagesAsTheTrigramSearch() {
        Map<String, Object> common = jdbc.sql("""
                SELECT substr(title, 1, 2) AS term, count(*) AS n FROM (SELECT title FROM cases
                  WHERE jurisdiction_path LIKE '/D01/%' ORDER BY created_at DESC NULLS LAST, number DESC LIMIT 40) t
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1""").query().singleRow();
        String term = (String) common.get("term");
        assertThat((Long) common.get("n")).as("a phrase common among the newest demo cases").isGreaterThanOrEqualTo(5);
        Actor actor = dispatcher();
        CaseSearch.Page windowed = search.find(actor, text(term, 0), 40);
        assertThat(windowed.more()).as("page 0 came from the newest 40 cases").isTrue();
        CaseSearch.Page all = search.find(actor, text(term, 0), 0);
        assertThat(windowed.total()).as("the window's count is a lower bound (listed as 至少 N 件)")
                .isGreaterThanOrEqualTo((Long) common.get("n")).isLessThanOrEqualTo(all.total());
        for (int page = 0; page < 3; page++) {
            List<UUID> newestFirst = ids(search.find(actor, text(term, page), 40));
            List<UUID> trigram = ids(search.find(actor, text(term, page), 0));
            assertThat(newestFirst).as("page " + page).isEqualTo(trigram);
        }
        assertThat(ids(windowed)).hasSize(5);
        windowed.items().forEach(r -> assertThat(r.title() + r.number() + r.enterpriseName()
                + jdbc.sql("SELECT description FROM cases WHERE id = ?").param(r.id()).query(String.class).single())
                .contains(term));
    }

    @Test
    void aCaseNumberOrItsStartFindsTheCaseWhateverTheLetterCase() {
        String number = jdbc.sql("SELECT number FROM cases WHERE jurisdiction_path LIKE '/D01/%' AND number LIKE 'QY-%'"
                + " ORDER BY created_at DESC LIMIT 1").query(String.class).single();
        Actor actor = dispatcher();
        List<CaseSearch.Row> exact = search.find(actor, text(number.toLowerCase(Locale.ROOT), 0)).items();
        assertThat(exact).extracting(CaseSearch.Row::number).containsExactly(number);
        String day = number.substring(0, 11);
        CaseSearch.Page ofTheDay = search.find(actor, text(day, 0));
        assertThat(ofTheDay.items()).isNotEmpty().allSatisfy(r -> assertThat(r.number()).startsWith(day));
        assertThat(ofTheDay.total()).isEqualTo(jdbc.sql("SELECT count(*) FROM cases WHERE number LIKE ?"
                + " AND jurisdiction_path LIKE '/D01/%'").param(day + "%").query(Long.class).single());
    }

    private static List<UUID> ids(CaseSearch.Page page) {
        return page.items().stream().map(CaseSearch.Row::id).toList();
    }
}
