package org.fengqiao.community;

import org.fengqiao.shared.Images;
import org.fengqiao.shared.InvalidInput;

/**
 * A photo proving a wish was fulfilled: accepted only when its first bytes are a JPEG, PNG or WebP header and it is
 * at most 5 MB, the same rule as a case's photos.
 */
record ProofPhoto(String fileName, String contentType, byte[] data) {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    static ProofPhoto check(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new InvalidInput("photo", "community.error.photoEmpty");
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidInput("photo", "community.error.photoSize", MAX_BYTES / (1024 * 1024));
        }
        String type = Images.sniff(data);
        if (type == null) {
            throw new InvalidInput("photo", "community.error.photoType");
        }
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip()
                .replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new ProofPhoto(name.length() > 200 ? name.substring(name.length() - 200) : name, type, data);
    }
}
