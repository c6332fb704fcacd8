/** Audit: a tamper-evident (hash-chained) trail of sign-ins, exports and every change. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.fengqiao.audit;
