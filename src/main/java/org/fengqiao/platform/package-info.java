/** Runtime plumbing: the embedded PostgreSQL that runs when no external database is configured; shared browser sessions. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.fengqiao.platform;
