package dev.cove.invoicing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import dev.cove.customers.Customer;

/** Renders an invoice as a one-document PDF: header, bill-to, lines, totals, what is due. */
@Component
class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy");
    private static final Color LINE = new Color(0xE3, 0xE8, 0xEF);
    // Built once: FontFactory reads the font metrics again for every Font it makes. Fonts are only read
    // while rendering, so concurrent documents share them.
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font MUTED = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.GRAY);

    byte[] render(String companyName, Customer customer, Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = TITLE;
        Font bold = BOLD;
        Font normal = NORMAL;
        Font muted = MUTED;

        document.add(new Paragraph(companyName, title));
        document.add(new Paragraph("Invoice #" + invoice.number(), bold));
        document.add(new Paragraph("Issued " + DATE.format(invoice.issueDate()) + " · Due " + DATE.format(invoice.dueDate()), muted));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Bill to", muted));
        document.add(new Paragraph(customer.displayName(), bold));
        if (customer.companyName() != null) {
            document.add(new Paragraph(customer.companyName(), normal));
        }
        String address = customer.billingAddress().oneLine();
        if (!address.isEmpty()) {
            document.add(new Paragraph(address, normal));
        }
        document.add(new Paragraph(" "));

        PdfPTable lines = new PdfPTable(new float[] {1.3f, 4f, 0.8f, 1.2f, 1.3f});
        lines.setWidthPercentage(100);
        for (String heading : new String[] {"Date", "Description", "Qty", "Price", "Amount"}) {
            lines.addCell(cell(heading, bold, heading.equals("Date") || heading.equals("Description")));
        }
        for (InvoiceLine line : invoice.lines()) {
            lines.addCell(cell(line.serviceDate() == null ? "" : DATE.format(line.serviceDate()), normal, true));
            lines.addCell(cell(line.description(), normal, true));
            lines.addCell(cell(line.quantity().stripTrailingZeros().toPlainString(), normal, false));
            lines.addCell(cell(money(line.unitPrice()), normal, false));
            lines.addCell(cell(money(line.amount()), normal, false));
        }
        document.add(lines);

        PdfPTable totals = new PdfPTable(new float[] {3f, 1.3f});
        totals.setWidthPercentage(45);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.addCell(cell("Subtotal", normal, true));
        totals.addCell(cell(money(invoice.subtotal()), normal, false));
        totals.addCell(cell("Tax (" + invoice.taxRate().stripTrailingZeros().toPlainString() + "%)", normal, true));
        totals.addCell(cell(money(invoice.taxTotal()), normal, false));
        totals.addCell(cell("Total " + invoice.currency(), bold, true));
        totals.addCell(cell(money(invoice.total()), bold, false));
        if (invoice.netPaid().signum() != 0) {
            totals.addCell(cell("Paid", normal, true));
            totals.addCell(cell(money(invoice.netPaid().negate()), normal, false));
        }
        totals.addCell(cell("Balance due", bold, true));
        totals.addCell(cell(money(invoice.balanceDue()), bold, false));
        document.add(new Paragraph(" "));
        document.add(totals);
        if (invoice.notes() != null) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(invoice.notes(), normal));
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, boolean left) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(LINE);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setPadding(5);
        cell.setHorizontalAlignment(left ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        return cell;
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
