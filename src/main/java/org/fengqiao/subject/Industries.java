package org.fengqiao.subject;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The industries enterprises are filed under; kept as data in the {@code industry} table. */
@Repository
public class Industries {

    private final JdbcClient jdbc;

    Industries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Industry> all() {
        return jdbc.sql("SELECT code, name FROM industry ORDER BY position")
                .query((rs, i) -> new Industry(rs.getString(1), rs.getString(2))).list();
    }

    /** By code (CATERING) or by name (餐饮). */
    public Optional<Industry> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String s = codeOrName.trim();
        return all().stream().filter(i -> i.code().equalsIgnoreCase(s) || i.name().equals(s)).findFirst();
    }
}
