/**
 * Community: stewards (主理人) and partner units (合伙人单位), resident needs collected from phones, posters and
 * WeChat groups and solved by a partner's resource or through the case loop, and mediation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community",
        allowedDependencies = {"org", "shared", "casework"})
package org.fengqiao.community;
