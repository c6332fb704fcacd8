package org.fengqiao.insight;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where reporting reads go: to the read replica when one is configured, reachable and at most
 * {@link ReplicaSettings#maxLag()} behind the primary, else to the primary, with a notice saying why. Writes never
 * come here. Lag is judged by WAL position: a replica that has replayed all the primary has written is current
 * however long ago that was; otherwise it is as old as its last replayed commit.
 */
@Component
class ReportingReads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportingReads.class);

    /** Why reads are on the primary although a replica is configured (a message key and its argument). */
    record Degraded(String messageKey, Object argument) {
    }

    private final JdbcClient primary;
    private final ReplicaSettings settings;
    private final HikariDataSource replicaSource;
    private final JdbcClient replica;
    /** The replica itself, never falling back: what {@link #check()} asks. */
    private final JdbcClient replicaOnly;
    private volatile Degraded degraded;

    ReportingReads(JdbcClient primary, DataSource primarySource, ReplicaSettings settings) {
        this.primary = primary;
        this.settings = settings;
        this.replicaSource = settings.configured() ? pool(settings) : null;
        this.replica = replicaSource == null ? null
                : JdbcClient.create(new FallingBack(replicaSource, primarySource, e -> lost(e.getMessage())));
        this.replicaOnly = replicaSource == null ? null : JdbcClient.create(replicaSource);
        this.degraded = settings.configured() ? new Degraded("insight.replica.unchecked", null) : null;
    }

    /** A connection to the replica could not be had between two checks: this read and the next use the primary. */
    private void lost(String why) {
        if (degraded == null) {
            log.warn("Reporting reads: primary (replica unreachable: {})", why);
        }
        degraded = new Degraded("insight.replica.down", null);
    }

    /**
     * The replica's connections, or the primary's when the replica refuses one: a replica that goes down between
     * two checks costs a read its connection timeout, not an error page.
     */
    private static final class FallingBack extends DelegatingDataSource {

        private final DataSource primary;
        private final java.util.function.Consumer<SQLException> onLoss;

        FallingBack(DataSource replica, DataSource primary, java.util.function.Consumer<SQLException> onLoss) {
            super(replica);
            this.primary = primary;
            this.onLoss = onLoss;
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return obtainTargetDataSource().getConnection();
            } catch (SQLException e) {
                onLoss.accept(e);
                return primary.getConnection();
            }
        }
    }

    /** The database to read figures from now. */
    JdbcClient reads() {
        return replica != null && degraded == null ? replica : primary;
    }

    /**
     * One read on the database to read figures from now; when the replica's connection breaks during it (the replica
     * went down between two checks), the replica counts as down and the read is answered by the primary instead.
     */
    <T> T read(java.util.function.Function<JdbcClient, T> query) {
        JdbcClient from = reads();
        if (from == primary) {
            return query.apply(primary);
        }
        try {
            return query.apply(from);
        } catch (org.springframework.dao.DataAccessResourceFailureException
                | org.springframework.dao.TransientDataAccessResourceException e) {
            lost(e.getMostSpecificCause().getMessage());
            return query.apply(primary);
        }
    }

    /** Set while a configured replica is not used. */
    Optional<Degraded> degraded() {
        return Optional.ofNullable(degraded);
    }

    @Scheduled(fixedDelayString = "${fengqiao.insight.replica.check-every:PT10S}")
    void check() {
        if (replica == null) {
            return;
        }
        Degraded now;
        try {
            String primaryLsn = primary.sql("SELECT pg_current_wal_lsn()::text").query(String.class).single();
            Double lag = replicaOnly.sql("""
                    SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0
                                WHEN pg_wal_lsn_diff(:lsn::pg_lsn, pg_last_wal_replay_lsn()) <= 0 THEN 0
                                ELSE extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END""")
                    .param("lsn", primaryLsn).query(Double.class).single();
            now = lag == null || lag > settings.maxLag().toSeconds()
                    ? new Degraded("insight.replica.lagging", lag == null ? "?" : Math.round(lag)) : null;
        } catch (RuntimeException e) {
            now = new Degraded("insight.replica.down", null);
        }
        if (!java.util.Objects.equals(now, degraded)) {
            log.warn("Reporting reads: {}", now == null ? "replica in use" : "primary (" + now.messageKey() + ")");
        }
        degraded = now;
    }

    private static HikariDataSource pool(ReplicaSettings s) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(s.url());
        c.setUsername(s.username());
        c.setPassword(s.password());
        c.setPoolName("reporting-replica");
        c.setReadOnly(true);
        c.setMaximumPoolSize(4);
        c.setMinimumIdle(0);
        c.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
        c.setInitializationFailTimeout(-1);
        c.addDataSourceProperty("ApplicationName", "fengqiao-reporting");
        return new HikariDataSource(c);
    }

    @Override
    public void destroy() {
        if (replicaSource != null) {
            replicaSource.close();
        }
    }
}
