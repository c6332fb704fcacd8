/**
 * Triage: suggests a category for a case text (with calibrated confidence), the unit that handles that category
 * in a jurisdiction, and similar texts; keeps versions of the classifier and the dispatchers' corrections.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Triage", allowedDependencies = {"org", "shared", "casework", "subject"})
package org.fengqiao.triage;
