package org.fengqiao.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.BaseFont;

/**
 * The one font choice for every PDF Fengqiao writes with Chinese text. A TrueType font with Chinese glyphs is
 * embedded as a subset (Identity-H), so that the text can be searched, copied and extracted: by default Debian's
 * WenQuanYi Micro Hei ({@code fonts-wqy-microhei}, which {@code .ci/run} installs), or the file named by the system
 * property or environment variable {@code fengqiao.pdf.font} / {@code FENGQIAO_PDF_FONT} ("path" or "path.ttc,index").
 * Without such a file, OpenPDF's own description of Adobe's STSongStd-Light is used: nothing is embedded, viewers
 * substitute a Song face and the PDF still displays, but its text cannot be extracted.
 */
public final class PdfFonts {

    /** Debian's WenQuanYi Micro Hei, the first face of its collection. */
    public static final String SYSTEM_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";

    private PdfFonts() {
    }

    /** The Chinese font from {@code fengqiao.pdf.font} or the system font, else the non-embedded STSongStd-Light. */
    public static BaseFont chinese() throws IOException {
        String configured = System.getProperty("fengqiao.pdf.font", System.getenv("FENGQIAO_PDF_FONT"));
        return chinese(configured == null || configured.isBlank() ? SYSTEM_FONT : configured);
    }

    /** The given font file ("path" or "path.ttc,index") embedded as a subset when readable, else STSongStd-Light. */
    public static BaseFont chinese(String font) throws IOException {
        if (embeddable(font)) {
            // OpenPDF caches a font created from a file, so this reads the file once per process
            return BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        return BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
    }

    /** Whether {@link #chinese(String)} embeds that font (its file is there), i.e. the PDF's text is extractable. */
    public static boolean embeddable(String font) {
        if (font == null || font.isBlank()) {
            return false;
        }
        String file = font.matches(".*\\.ttc,\\d+$") ? font.substring(0, font.lastIndexOf(',')) : font;
        return Files.isReadable(Path.of(file));
    }
}
