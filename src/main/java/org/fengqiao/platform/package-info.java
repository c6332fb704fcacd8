/** Runtime plumbing: the embedded PostgreSQL that runs when no external database is configured. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.fengqiao.platform;
