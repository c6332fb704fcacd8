package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of work on the task executor (the registry's asynchronous listeners) commit asynchronously; every
 * other transaction keeps the server's durable setting. pg_settings tells where the value in force comes from: a
 * {@code SET LOCAL} shows as {@code session}, the server's own setting does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackgroundCommitsTests {

    private static final String SETTING = "SELECT setting || '/' || source FROM pg_settings WHERE name = 'synchronous_commit'";

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor executor;

    @Test
    void backgroundTransactionsCommitWithoutWaitingForTheFlush() throws Exception {
        CompletableFuture<String> inBackground = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                inBackground.complete(transactions.execute(s -> jdbc.sql(SETTING).query(String.class).single()));
            } catch (RuntimeException e) {
                inBackground.completeExceptionally(e);
            }
        });
        assertThat(inBackground.get(30, TimeUnit.SECONDS)).isEqualTo("off/session");
    }

    @Test
    void requestAndStartupTransactionsKeepTheServersSetting() {
        String here = transactions.execute(s -> jdbc.sql(SETTING).query(String.class).single());
        assertThat(here).doesNotEndWith("/session");
    }

    @Test
    void theMarkDoesNotLeakIntoTheNextTaskOrOutsideATransaction() throws Exception {
        CompletableFuture<String> outside = new CompletableFuture<>();
        executor.execute(() -> outside.complete(jdbc.sql(SETTING).query(String.class).single()));
        assertThat(outside.get(30, TimeUnit.SECONDS)).doesNotEndWith("/session");
    }
}
