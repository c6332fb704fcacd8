package org.fengqiao.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where the cluster lives; kept across restarts
 * @param clean   wipe the cluster on start (tests only)
 * @param durable fsync and synchronous commit on: an acknowledged write survives {@code kill -9}
 * @param port    fixed port, or 0 for any free port
 */
@ConfigurationProperties("fengqiao.embedded")
record EmbeddedDatabaseSettings(
        @DefaultValue("data/pg") Path dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("true") boolean durable,
        @DefaultValue("0") int port) {
}
