package org.fengqiao.casework;

import org.fengqiao.shared.Images;
import org.fengqiao.shared.InvalidInput;

/**
 * A photo attached to a case, accepted only when its first bytes are a real JPEG, PNG or WebP header (the declared
 * content type and file name are not trusted) and it is at most 5 MB.
 */
record Photo(String fileName, String contentType, byte[] data) {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    static Photo check(String fileName, byte[] data, String field) {
        if (data == null || data.length == 0) {
            throw new InvalidInput(field, "casework.error.photoEmpty");
        }
        if (data.length > MAX_BYTES) {
            throw new InvalidInput(field, "casework.error.photoSize", MAX_BYTES / (1024 * 1024));
        }
        String type = Images.sniff(data);
        if (type == null) {
            throw new InvalidInput(field, "casework.error.photoType");
        }
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new Photo(name.length() > 200 ? name.substring(name.length() - 200) : name, type, data);
    }
}
