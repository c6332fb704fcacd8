package org.fengqiao.inspection;

import org.fengqiao.shared.InvalidInput;

/** A photo taken as evidence of a finding: JPEG or PNG by its magic bytes, at most 5 MB. */
record EvidencePhoto(String fileName, String contentType, byte[] data) {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The photo, or null when none was sent; refuses what is not a JPEG or PNG. */
    static EvidencePhoto of(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            return null;
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidInput("photo", "inspection.finding.photoSize", MAX_BYTES / (1024 * 1024));
        }
        String type;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            type = "image/jpeg";
        } else if (data.length >= 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            type = "image/png";
        } else {
            throw new InvalidInput("photo", "inspection.finding.photoType");
        }
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip()
                .replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new EvidencePhoto(name.length() > 200 ? name.substring(name.length() - 200) : name, type, data);
    }
}
