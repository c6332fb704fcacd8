package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A backup records the highest applied schema version, whatever order the migrations were applied in. */
class DatabaseBackupVersionTests {

    @Test
    void theHighestVersionCountsNotTheOneAppliedLast() {
        assertThat(DatabaseBackup.highest(List.of("3.0", "9.2", "8.13"))).isEqualTo("9.2");
        assertThat(DatabaseBackup.highest(List.of("9.3", "3.95"))).isEqualTo("9.3");
    }

    @Test
    void versionsCompareByNumberNotByText() {
        assertThat(DatabaseBackup.highest(List.of("9.3", "10.1", "9.20"))).isEqualTo("10.1");
        assertThat(DatabaseBackup.highest(List.of("8.2", "8.13"))).isEqualTo("8.13");
    }
}
