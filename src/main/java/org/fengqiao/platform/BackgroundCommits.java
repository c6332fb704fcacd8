package org.fengqiao.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Commits of replayable background work do not wait for the write-ahead log to reach the disk.
 *
 * <p>The application's task executor runs the asynchronous event listeners of the event publication registry
 * (triage of a new case, dashboard rollups, notices). Each listener costs three commits: the registry marks the
 * publication as processing, the listener does its work, the registry marks it completed. With the durable settings
 * every one of them waited for an fsync, so one intake cost about a dozen flushes and the listeners' flushes queued
 * in front of the next intake's. Those commits are safe to make asynchronous ({@code synchronous_commit = off}):
 * the publication row itself is written in the intake's own transaction, which stays fully durable, and
 * PostgreSQL loses at most the last fraction of a second of asynchronous commits, and only when the database server
 * itself crashes (not when the application dies); whatever is lost is then a publication not marked completed, which
 * the registry republishes on restart, as it does after the application is killed mid-listener. The database stays
 * consistent either way: asynchronous commit loses a tail of the log, never a piece out of its middle.
 *
 * <p>Only work on the task executor is relaxed (a task decorator marks its threads for the duration of a task);
 * requests, db-scheduler tasks and start-up work keep durable commits. Work that answers a user must therefore not be
 * handed to the task executor. {@code fengqiao.platform.relaxed-background-commits=false} turns this off.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundCommits {

    private static final ThreadLocal<Boolean> BACKGROUND = ThreadLocal.withInitial(() -> false);

    @Bean
    TaskDecorator backgroundWorkMarker() {
        return task -> () -> {
            boolean outer = BACKGROUND.get();
            BACKGROUND.set(true);
            try {
                task.run();
            } finally {
                BACKGROUND.set(outer);
            }
        };
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
            @Value("${fengqiao.platform.relaxed-background-commits:true}") boolean relaxed) {
        return new JdbcTransactionManager(dataSource) {
            @Override
            protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
                    throws SQLException {
                super.prepareTransactionalConnection(con, definition);
                if (relaxed && BACKGROUND.get()) {
                    try (Statement statement = con.createStatement()) {
                        statement.execute("SET LOCAL synchronous_commit TO off");
                    }
                }
            }
        };
    }
}
