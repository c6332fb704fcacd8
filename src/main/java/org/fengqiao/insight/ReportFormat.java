package org.fengqiao.insight;

import java.util.Arrays;
import java.util.Optional;

/** The files a report is kept in. */
enum ReportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String column() {
        return extension;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ReportFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(ext)).findFirst();
    }
}
