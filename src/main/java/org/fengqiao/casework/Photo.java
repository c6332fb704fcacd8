package org.fengqiao.casework;

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
        String type = sniff(data);
        if (type == null) {
            throw new InvalidInput(field, "casework.error.photoType");
        }
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new Photo(name.length() > 200 ? name.substring(name.length() - 200) : name, type, data);
    }

    /** The media type the magic bytes say, or null. */
    static String sniff(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
                && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
            return "image/png";
        }
        if (d.length >= 12 && d[0] == 'R' && d[1] == 'I' && d[2] == 'F' && d[3] == 'F' && d[8] == 'W' && d[9] == 'E'
                && d[10] == 'B' && d[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
