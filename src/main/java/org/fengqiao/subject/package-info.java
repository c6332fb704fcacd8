/** Subjects: the enterprises, shops and residents Fengqiao serves; import from the data pool. */
@org.springframework.modulith.ApplicationModule(displayName = "Subjects")
package org.fengqiao.subject;
