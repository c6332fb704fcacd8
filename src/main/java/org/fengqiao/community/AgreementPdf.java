package org.fengqiao.community;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.fengqiao.shared.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * The mediation agreement (人民调解协议书) as an A4 PDF for the parties to sign: the title centred, then the
 * agreement text as written from the template, line by line, in the project's Chinese PDF font ({@link PdfFonts}).
 */
@Component
class AgreementPdf {

    byte[] render(Mediation m) {
        if (m.agreement() == null) {
            throw new org.fengqiao.shared.InvalidInput("status", "community.error.noAgreement");
        }
        try {
            BaseFont song = PdfFonts.chinese();
            Font title = new Font(song, 18, Font.BOLD);
            Font body = new Font(song, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(m.number());
            doc.addCreator("Fengqiao");
            doc.open();
            String[] lines = m.agreement().split("\\R", -1);
            Paragraph heading = new Paragraph(lines[0], title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            doc.add(heading);
            for (int i = 1; i < lines.length; i++) {
                Paragraph p = new Paragraph(lines[i].isEmpty() ? " " : lines[i], body);
                p.setLeading(20);
                doc.add(p);
            }
            doc.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("agreement PDF could not be written", e);
        }
    }
}
