package org.fengqiao;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.fengqiao.shared.PdfFonts;

/**
 * The text of a PDF Fengqiao wrote, page by page, the way a reader gets it. With the embedded system font (see
 * {@link PdfFonts}; CI installs it) OpenPDF's PdfTextExtractor reads it; without, the PDF uses the non-embedded
 * STSongStd-Light whose UniGB-UCS2-H codes are UCS-2, so the shown strings are decoded as UTF-16BE instead.
 */
public final class PdfText {

    private PdfText() {
    }

    /** Whether PDFs written on this machine embed their Chinese font (then their text must be extractable). */
    public static boolean extractable() {
        return PdfFonts.embeddable(PdfFonts.SYSTEM_FONT);
    }

    public static List<String> pages(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> pages = new ArrayList<>();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractable() ? extractor.getTextFromPage(page) : shownUcs2(reader, page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    public static String of(byte[] pdf) throws Exception {
        return String.join("\n", pages(pdf));
    }

    private static String shownUcs2(PdfReader reader, int page) throws Exception {
        StringBuilder text = new StringBuilder();
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
        List<PdfObject> operands = new ArrayList<>();
        while (!parser.parse(operands).isEmpty()) {
            String operator = operands.get(operands.size() - 1).toString();
            if (operator.equals("Tj")) {
                text.append(ucs2(operands.get(0)));
            } else if (operator.equals("TJ") && operands.get(0) instanceof PdfArray a) {
                a.getElements().forEach(e -> text.append(ucs2(e)));
            } else if (operator.equals("ET")) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String ucs2(PdfObject o) {
        return o instanceof PdfString s ? new String(s.getOriginalBytes(), StandardCharsets.UTF_16BE) : "";
    }
}
