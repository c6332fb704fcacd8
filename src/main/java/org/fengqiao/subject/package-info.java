/** Subjects: the enterprises, shops and residents Fengqiao serves; import from the data pool. */
@org.springframework.modulith.ApplicationModule(displayName = "Subjects", allowedDependencies = {"org", "shared"})
package org.fengqiao.subject;
