package org.fengqiao.inspection;

import org.fengqiao.shared.Images;
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
        String type = Images.sniff(data);
        if (!"image/jpeg".equals(type) && !"image/png".equals(type)) { // evidence files stay in the two common formats
            throw new InvalidInput("photo", "inspection.finding.photoType");
        }
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip()
                .replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new EvidencePhoto(name.length() > 200 ? name.substring(name.length() - 200) : name, type, data);
    }
}
