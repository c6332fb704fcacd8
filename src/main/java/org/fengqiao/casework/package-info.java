/** Casework: the case lifecycle from intake through routing, reply and verdict to close (受理-流转-跟踪-反馈-销号). */
@org.springframework.modulith.ApplicationModule(displayName = "Casework", allowedDependencies = {"org", "shared", "subject", "notify"})
package org.fengqiao.casework;
