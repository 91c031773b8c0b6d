package dev.cove.invoicing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import dev.cove.customers.Customer;

/**
 * Renders an invoice as a one-document PDF: header, bill-to, lines, totals, what is due. Long
 * texts wrap, and lines that do not fit continue on a new page under a repeated table heading.
 */
@Component
class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy");
    private static final Color RULE = new Color(0xE3, 0xE8, 0xEF);
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = Color.GRAY;
    private static final float MARGIN = 48;
    private static final float SIZE = 10;
    private static final float LEADING = 12;
    private static final float PADDING = 5;
    /** Relative widths of date, description, quantity, price and amount. */
    private static final float[] COLUMNS = {1.3f, 4f, 0.8f, 1.2f, 1.3f};
    private static final String[] HEADINGS = {"Date", "Description", "Qty", "Price", "Amount"};

    byte[] render(String companyName, Customer customer, Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
        Document document = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfSheet sheet = new PdfSheet(document, writer);
        float width = sheet.right() - sheet.left();

        paragraph(sheet, companyName, PdfSheet.BOLD, 20, TEXT, width);
        paragraph(sheet, "Invoice #" + invoice.number(), PdfSheet.BOLD, SIZE, TEXT, width);
        paragraph(sheet, "Issued " + DATE.format(invoice.issueDate()) + " \u00b7 Due " + DATE.format(invoice.dueDate()),
                PdfSheet.REGULAR, 9, MUTED, width);
        sheet.take(LEADING);
        paragraph(sheet, "Bill to", PdfSheet.REGULAR, 9, MUTED, width);
        paragraph(sheet, customer.displayName(), PdfSheet.BOLD, SIZE, TEXT, width);
        if (customer.companyName() != null) {
            paragraph(sheet, customer.companyName(), PdfSheet.REGULAR, SIZE, TEXT, width);
        }
        String address = customer.billingAddress().oneLine();
        if (!address.isEmpty()) {
            paragraph(sheet, address, PdfSheet.REGULAR, SIZE, TEXT, width);
        }
        sheet.take(LEADING);

        float[] edges = edges(sheet.left(), width);
        Runnable heading = () -> row(sheet, edges, PdfSheet.BOLD, HEADINGS);
        heading.run();
        sheet.onNewPage(heading);
        for (InvoiceLine line : invoice.lines()) {
            row(sheet, edges, PdfSheet.REGULAR, line.serviceDate() == null ? "" : DATE.format(line.serviceDate()),
                    line.description(), line.quantity().stripTrailingZeros().toPlainString(), money(line.unitPrice()),
                    money(line.amount()));
        }
        sheet.onNewPage(() -> { });

        sheet.take(LEADING);
        float totalsLeft = sheet.right() - width * 0.45f;
        float[] totals = {totalsLeft, totalsLeft + (sheet.right() - totalsLeft) * 3f / 4.3f, sheet.right()};
        row(sheet, totals, PdfSheet.REGULAR, "Subtotal", money(invoice.subtotal()));
        row(sheet, totals, PdfSheet.REGULAR, "Tax (" + invoice.taxRate().stripTrailingZeros().toPlainString() + "%)",
                money(invoice.taxTotal()));
        row(sheet, totals, PdfSheet.BOLD, "Total " + invoice.currency(), money(invoice.total()));
        if (invoice.netPaid().signum() != 0) {
            row(sheet, totals, PdfSheet.REGULAR, "Paid", money(invoice.netPaid().negate()));
        }
        row(sheet, totals, PdfSheet.BOLD, "Balance due", money(invoice.balanceDue()));
        if (invoice.notes() != null) {
            sheet.take(LEADING);
            paragraph(sheet, invoice.notes(), PdfSheet.REGULAR, SIZE, TEXT, width);
        }
        document.close();
        return out.toByteArray();
    }

    /** Text across the page, wrapped, each line where it fits. */
    private static void paragraph(PdfSheet sheet, String text, BaseFont font, float size, Color color, float width) {
        for (String line : PdfSheet.wrap(text, font, size, width)) {
            float top = sheet.take(size * 1.4f);
            sheet.text(line, font, size, color, sheet.left(), top - size, false);
        }
    }

    /**
     * A table row between {@code edges}: the first cell left-aligned, the second too when there are
     * more than two, the rest right-aligned; every cell wraps, the row is as tall as its tallest cell
     * and is ruled underneath.
     */
    private static void row(PdfSheet sheet, float[] edges, BaseFont font, String... cells) {
        List<List<String>> wrapped = new ArrayList<>(cells.length);
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> cell = PdfSheet.wrap(cells[i], font, SIZE, edges[i + 1] - edges[i] - 2 * PADDING);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * LEADING + 2 * PADDING;
        float top = sheet.take(height);
        for (int i = 0; i < cells.length; i++) {
            boolean left = i == 0 || (i == 1 && cells.length > 2);
            float x = left ? edges[i] + PADDING : edges[i + 1] - PADDING;
            float baseline = top - PADDING - SIZE + 1;
            for (String text : wrapped.get(i)) {
                sheet.text(text, font, SIZE, TEXT, x, baseline, !left);
                baseline -= LEADING;
            }
        }
        sheet.rule(edges[0], edges[edges.length - 1], top - height, RULE);
    }

    private static float[] edges(float left, float width) {
        float sum = 0;
        for (float c : COLUMNS) {
            sum += c;
        }
        float[] edges = new float[COLUMNS.length + 1];
        edges[0] = left;
        for (int i = 0; i < COLUMNS.length; i++) {
            edges[i + 1] = edges[i] + width * COLUMNS[i] / sum;
        }
        return edges;
    }

    /**
     * As {@code String.format("%,.2f", amount)} (default locale, half-up) without parsing a format
     * string per call, which was a seventh of the rendering. DecimalFormat is not thread-safe: one a thread.
     */
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT)));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    private static String money(BigDecimal amount) {
        return MONEY.get().format(amount);
    }
}
