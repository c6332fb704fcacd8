package org.fengqiao.inspection;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import org.fengqiao.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly report as PDF (A4 landscape): the table per department with the total, a bar chart of inspections
 * and joint inspections per department, and the filing register of major decisions. Chinese text uses the
 * configured TrueType font, embedded as a subset so that the text can be searched and extracted; without it, the
 * STSongStd-Light CID font that OpenPDF describes itself (not embedded: viewers substitute a Song face, but its text
 * cannot be extracted).
 */
@Component
class ReportPdf {

    private static final Color JOINT = new Color(0xC0, 0x39, 0x2B);
    private static final Color ALL = new Color(0x95, 0xA5, 0xA6);

    private final MessageSource messages;
    private final InspectionSettings settings;

    ReportPdf(MessageSource messages, InspectionSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    private BaseFont font() throws IOException {
        return PdfFonts.chinese(settings.pdfFont());
    }

    void write(MonthlyReport.Report report, Locale locale, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont song = font();
            Font title = new Font(song, 16, Font.BOLD);
            Font body = new Font(song, 8);
            Font bold = new Font(song, 8, Font.BOLD);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            String place = report.placeName() == null ? "" : report.placeName() + " ";
            doc.add(new Paragraph(place + text("inspection.report.title", locale) + " " + report.month(), title));
            doc.add(new Paragraph(" ", body));
            doc.add(table(report, body, bold, locale));
            if (!report.rows().isEmpty()) {
                doc.add(new Paragraph(text("inspection.report.chart", locale), bold));
                doc.add(chart(writer.getDirectContent(), report.rows(), song, locale));
            }
            doc.newPage();
            doc.add(new Paragraph(text("inspection.register.title", locale) + " " + report.month(), title));
            doc.add(new Paragraph(" ", body));
            doc.add(register(report.register(), body, bold, locale));
            doc.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private PdfPTable table(MonthlyReport.Report report, Font body, Font bold, Locale locale)
            throws DocumentException {
        List<ReportColumns.Column> columns = ReportColumns.ALL;
        PdfPTable t = new PdfPTable(columns.size() + 1);
        t.setWidthPercentage(100);
        float[] widths = new float[columns.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 3.5f;
        t.setWidths(widths);
        t.setHeaderRows(1);
        t.addCell(cell(text("inspection.report.department", locale), bold));
        columns.forEach(c -> t.addCell(cell(text("inspection.report." + c.key(), locale), bold)));
        for (MonthlyReport.Row r : report.rows()) {
            t.addCell(cell(r.unitName(), body));
            columns.forEach(c -> t.addCell(cell(ReportColumns.text(c, r), body)));
        }
        t.addCell(cell(text("inspection.report.total", locale), bold));
        columns.forEach(c -> t.addCell(cell(ReportColumns.text(c, report.total()), bold)));
        return t;
    }

    /** Grey bars: inspections; red bars: joint ones; one pair per department, with its name below. */
    private Image chart(PdfContentByte canvas, List<MonthlyReport.Row> rows, BaseFont font, Locale locale)
            throws DocumentException {
        float width = 780;
        float height = 200;
        float base = 40;
        PdfTemplate tpl = canvas.createTemplate(width, height);
        int max = rows.stream().mapToInt(MonthlyReport.Row::inspections).max().orElse(0);
        float slot = (width - 40) / rows.size();
        float bar = Math.min(18, slot / 3);
        for (int i = 0; i < rows.size(); i++) {
            MonthlyReport.Row r = rows.get(i);
            float x = 40 + i * slot + slot / 2 - bar;
            bar(tpl, x, base, bar, scale(r.inspections(), max, height - base - 20), ALL);
            bar(tpl, x + bar, base, bar, scale(r.joint(), max, height - base - 20), JOINT);
            tpl.beginText();
            tpl.setFontAndSize(font, 7);
            tpl.setColorFill(Color.BLACK);
            tpl.showTextAligned(Element.ALIGN_CENTER, String.valueOf(r.inspections()), x + bar / 2,
                    base + scale(r.inspections(), max, height - base - 20) + 3, 0);
            tpl.showTextAligned(Element.ALIGN_CENTER, shorten(r.unitName()), x + bar, base - 12, 0);
            tpl.endText();
        }
        tpl.setColorStroke(Color.BLACK);
        tpl.moveTo(36, base);
        tpl.lineTo(width, base);
        tpl.stroke();
        tpl.beginText();
        tpl.setFontAndSize(font, 8);
        tpl.setColorFill(ALL);
        tpl.showTextAligned(Element.ALIGN_LEFT, "■ " + text("inspection.report.inspections", locale), 40, 8, 0);
        tpl.setColorFill(JOINT);
        tpl.showTextAligned(Element.ALIGN_LEFT, "■ " + text("inspection.report.joint", locale), 160, 8, 0);
        tpl.endText();
        return Image.getInstance(tpl);
    }

    private static float scale(int value, int max, float room) {
        return max == 0 ? 0 : room * value / max;
    }

    private static void bar(PdfTemplate tpl, float x, float y, float w, float h, Color color) {
        if (h <= 0) {
            return;
        }
        tpl.setColorFill(color);
        tpl.rectangle(x, y, w, h);
        tpl.fill();
    }

    private static String shorten(String name) {
        return name.length() > 8 ? name.substring(0, 8) : name;
    }

    private PdfPTable register(List<EnforcementDecision> register, Font body, Font bold, Locale locale)
            throws DocumentException {
        String[] keys = {"filingNumber", "documentNumber", "enterprise", "department", "kind", "fine", "decidedOn",
                "reason", "filingDue"};
        PdfPTable t = new PdfPTable(keys.length);
        t.setWidthPercentage(100);
        t.setWidths(new float[] {2f, 3f, 3.5f, 2.5f, 1.8f, 1.5f, 1.5f, 3f, 1.5f});
        t.setHeaderRows(1);
        for (String k : keys) {
            t.addCell(cell(text("inspection.register." + k, locale), bold));
        }
        for (EnforcementDecision d : register) {
            t.addCell(cell(d.filed() ? d.filingNumber() : text("inspection.register.unfiled", locale), body));
            t.addCell(cell(d.documentNumber(), body));
            t.addCell(cell(d.enterpriseName(), body));
            t.addCell(cell(d.unitName(), body));
            t.addCell(cell(text("inspection.decision.kind." + d.kind(), locale), body));
            t.addCell(cell(d.fineYuan().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), body));
            t.addCell(cell(d.decidedOn().toString(), body));
            t.addCell(cell(d.majorReason() == null ? "" : text(d.majorReason(), locale), body));
            t.addCell(cell(d.filingDue() == null ? "" : d.filingDue().toString(), body));
        }
        if (register.isEmpty()) {
            PdfPCell none = cell(text("inspection.register.none", locale), body);
            none.setColspan(keys.length);
            t.addCell(none);
        }
        return t;
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
        c.setPadding(3);
        return c;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
