/** Shared web shell: security, layout and navigation, i18n, problem+json and error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.fengqiao.web;
