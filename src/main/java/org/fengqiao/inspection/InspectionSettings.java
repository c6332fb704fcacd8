package org.fengqiao.inspection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of inspection coordination ({@code fengqiao.inspection.*}).
 *
 * @param yearlyCap         most inspections a year of one firm by one department, triggered ones included
 * @param dailyMinutes      inspection minutes a department has per working day in one town
 * @param coverageDays      an inspection this recent by the same department covers a routine demand (已覆盖无需查)
 * @param planTimeLimit     longest a weekly plan may be solved
 * @param codeValidity      how long an inspection code stays valid after the planned day starts
 * @param codeKey           base64 PKCS#8 Ed25519 private key signing inspection codes; empty: key pairs kept in the database
 * @param codePublicKey     base64 X.509 Ed25519 public key matching {@code codeKey}
 */
@ConfigurationProperties("fengqiao.inspection")
record InspectionSettings(@DefaultValue("6") int yearlyCap, @DefaultValue("480") int dailyMinutes,
        @DefaultValue("30") int coverageDays, @DefaultValue("5s") Duration planTimeLimit,
        @DefaultValue("36h") Duration codeValidity, @DefaultValue("") String codeKey,
        @DefaultValue("") String codePublicKey) {
}
