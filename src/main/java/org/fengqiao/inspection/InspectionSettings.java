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
 * @param majorFineYuan     a fine or confiscation of at least this many yuan is a major decision (重大执法决定)
 * @param filingDays        days after a major decision within which it must be filed (备案)
 * @param routineWeeks      weeks ahead the weekly job creates routine demands for
 * @param pdfFont           a TrueType/TTC font with Chinese glyphs embedded (subset) in PDF reports, so that their text
 *                          can be searched and copied; when the file is missing, the non-embedded STSongStd-Light is used
 */
@ConfigurationProperties("fengqiao.inspection")
record InspectionSettings(@DefaultValue("6") int yearlyCap, @DefaultValue("480") int dailyMinutes,
        @DefaultValue("30") int coverageDays, @DefaultValue("5s") Duration planTimeLimit,
        @DefaultValue("36h") Duration codeValidity, @DefaultValue("") String codeKey,
        @DefaultValue("") String codePublicKey, @DefaultValue("100000") long majorFineYuan,
        @DefaultValue("15") int filingDays, @DefaultValue("4") int routineWeeks,
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0") String pdfFont) {
}
