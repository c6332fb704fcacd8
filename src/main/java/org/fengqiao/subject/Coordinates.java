package org.fengqiao.subject;

import org.fengqiao.shared.InvalidInput;

/** A WGS-84 point; latitude within ±90, longitude within ±180. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidInput("latitude", "subject.error.latitude", latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidInput("longitude", "subject.error.longitude", longitude);
        }
    }
}
