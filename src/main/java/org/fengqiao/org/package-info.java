/** Organisation: jurisdictions (区县/镇街/社区/网格), units, people, roles and who may see what. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.fengqiao.org;
