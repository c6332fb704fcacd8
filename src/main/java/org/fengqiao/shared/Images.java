package org.fengqiao.shared;

/** What kind of image a file is, judged by its first bytes (declared types and file names are not trusted). */
public final class Images {

    private Images() {
    }

    /** "image/jpeg", "image/png" or "image/webp" when the magic bytes say so, else null. */
    public static String sniff(byte[] d) {
        if (d == null) {
            return null;
        }
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
