package org.fengqiao.insight;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fengqiao.shared.PdfFonts;

/**
 * Lays a report out as an A4 PDF with Chinese text in the project's Chinese PDF font ({@link PdfFonts}). Each count column carries a bar in its cell, scaled to the table's largest count.
 */
final class PdfReport {

    private static final Color BAR = new Color(0x3b, 0x82, 0xc4);

    private PdfReport() {
    }

    static byte[] write(ReportContent content) {
        try {
            BaseFont song = PdfFonts.chinese();
            Font title = new Font(song, 16, Font.BOLD);
            Font heading = new Font(song, 12, Font.BOLD);
            Font body = new Font(song, 9);
            Font small = new Font(song, 8, Font.NORMAL, Color.DARK_GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 36, 36, 42, 42);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(content.title());
            doc.open();
            Paragraph head = new Paragraph(content.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            Paragraph sub = new Paragraph(content.subtitle(), small);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(10);
            doc.add(sub);
            for (ReportContent.Table table : content.tables()) {
                Paragraph h = new Paragraph(table.title(), heading);
                h.setSpacingBefore(8);
                h.setSpacingAfter(4);
                doc.add(h);
                doc.add(table(table, body));
            }
            Paragraph foot = new Paragraph(content.footer(), small);
            foot.setSpacingBefore(12);
            doc.add(foot);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPTable table(ReportContent.Table table, Font font) {
        int columns = table.headers().size() + (table.barColumn() >= 0 ? 1 : 0);
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : table.headers()) {
            PdfPCell c = new PdfPCell(new Phrase(h, font));
            c.setBackgroundColor(new Color(0xee, 0xf2, 0xf7));
            t.addCell(c);
        }
        if (table.barColumn() >= 0) {
            t.addCell(new PdfPCell(new Phrase("", font)));
        }
        long max = table.maxOfBar();
        for (List<Object> row : table.rows()) {
            for (Object v : row) {
                PdfPCell c = new PdfPCell(new Phrase(text(v), font));
                if (!(v instanceof String)) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
            if (table.barColumn() >= 0) {
                long n = ((Number) row.get(table.barColumn())).longValue();
                PdfPCell bar = new PdfPCell(new Phrase(" ", font));
                bar.setCellEvent((cell, position, canvases) -> drawBar(canvases, position, max == 0 ? 0 : (float) n / max));
                t.addCell(bar);
            }
        }
        return t;
    }

    private static void drawBar(PdfContentByte[] canvases, Rectangle cell, float share) {
        if (share <= 0) {
            return;
        }
        PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
        float pad = 3;
        canvas.saveState();
        canvas.setColorFill(BAR);
        canvas.rectangle(cell.getLeft() + pad, cell.getBottom() + pad,
                Math.max(1, (cell.getWidth() - 2 * pad) * share), cell.getHeight() - 2 * pad);
        canvas.fill();
        canvas.restoreState();
    }

    private static String text(Object v) {
        return v instanceof ReportContent.Rate rate ? rate.percent() : String.valueOf(v);
    }
}
