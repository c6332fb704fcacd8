/** Value types and rules every module needs: domain errors, phone numbers, masking, demo-data switch. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package org.fengqiao.shared;
