/** Open311 GeoReport v2 under {@code /open311/v2/}: other systems send cases in and read them back. */
@org.springframework.modulith.ApplicationModule(displayName = "Open311",
        allowedDependencies = {"casework", "org", "shared"})
package org.fengqiao.open311;
