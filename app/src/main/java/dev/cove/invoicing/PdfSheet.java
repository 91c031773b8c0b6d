package dev.cove.invoicing;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A cursor down the pages of a PDF: text drawn at absolute positions on OpenPDF's direct content,
 * wrapped to a width, and a new page (with its repeated heading) whenever the next block does not
 * fit. Drawing directly costs a fraction of OpenPDF's table layout, which measured each cell's
 * phrase twice and was half of an invoice mail's CPU.
 */
final class PdfSheet {

    static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);

    private final Document document;
    private final PdfContentByte canvas;
    private float y;
    private Runnable pageHeading = () -> { };

    PdfSheet(Document document, PdfWriter writer) {
        this.document = document;
        this.canvas = writer.getDirectContent();
        this.y = document.top();
    }

    float left() {
        return document.left();
    }

    float right() {
        return document.right();
    }

    /** Drawn at the top of every page started from now on. */
    void onNewPage(Runnable heading) {
        this.pageHeading = heading;
    }

    /** The top of a block {@code height} high: on this page if it fits, else on a new page. */
    float take(float height) {
        if (y - height < document.bottom()) {
            document.newPage();
            y = document.top();
            pageHeading.run();
        }
        float top = y;
        y -= height;
        return top;
    }

    /** One line of text with its baseline at {@code baseline}; right-aligned ends at {@code x}. */
    void text(String text, BaseFont font, float size, Color color, float x, float baseline, boolean rightAligned) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(rightAligned ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, text, x, baseline, 0);
        canvas.endText();
    }

    void rule(float from, float to, float at, Color color) {
        canvas.setColorStroke(color);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(from, at);
        canvas.lineTo(to, at);
        canvas.stroke();
    }

    /** {@code text} broken into lines no wider than {@code width}: at spaces, and inside words too long for a line. */
    static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getWidthPoint(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (font.getWidthPoint(word, size) > width && word.length() > 1) {
                    int fits = 1;
                    while (fits < word.length() && font.getWidthPoint(word.substring(0, fits + 1), size) <= width) {
                        fits++;
                    }
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
