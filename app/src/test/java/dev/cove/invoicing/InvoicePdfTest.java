package dev.cove.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import dev.cove.customers.Address;
import dev.cove.customers.Customer;

/** The invoice PDF read back as text: what a customer sees, on as many pages as it takes. */
class InvoicePdfTest {

    private final InvoicePdf pdf = new InvoicePdf();
    private final Customer customer = new Customer(UUID.randomUUID(), "Maria Lopez", "Lopez Holdings", "maria@example.com",
            null, new Address("12 Palm Way", null, "Tampa", "FL", "33601", "US"), "en", null, true, Instant.now(), Instant.now());

    @Test
    void showsTheCompanyTheCustomerEveryLineAndWhatIsDue() throws IOException {
        Invoice invoice = invoice(List.of(
                line(1, LocalDate.of(2026, 11, 2), "Weekly Pool Service", "1", "85.00"),
                line(2, null, "Chlorine Tablets", "2.500", "1234.50")), "12.50", "Gate code 4411");

        List<String> pages = pages(pdf.render("Blue Wave Pool Care", customer, invoice));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("Blue Wave Pool Care", "Invoice #1042", "Issued Nov 1, 2026", "Due Dec 1, 2026",
                "Bill to", "Maria Lopez", "Lopez Holdings", "12 Palm Way, Tampa, FL, 33601, US",
                "Nov 2, 2026", "Weekly Pool Service", "85.00", "Chlorine Tablets", "2.5", "1,234.50", "3,086.25",
                "Subtotal", "3,171.25", "Tax (8.5%)", "12.50", "Total USD", "3,183.75", "Balance due", "Gate code 4411");
    }

    @Test
    void longLinesContinueOnNewPagesUnderTheTableHeading() throws IOException {
        List<InvoiceLine> lines = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(i -> lines.add(line(i, LocalDate.of(2026, 10, 1).plusDays(i % 28),
                "Visit " + i + " filter cleaned and chemistry balanced", "1", "10.00")));

        List<String> pages = pages(pdf.render("Blue Wave Pool Care", customer, invoice(lines, "0", null)));

        assertThat(pages).hasSizeGreaterThan(1);
        for (String page : pages) {
            assertThat(page).contains("Description", "Amount");
        }
        String all = String.join("\n", pages);
        IntStream.rangeClosed(1, 60).forEach(i -> assertThat(all).contains("Visit " + i + " filter"));
        assertThat(pages.get(pages.size() - 1)).contains("Visit 60 filter", "Balance due");
    }

    @Test
    void wrapsADescriptionTooLongForItsColumnWithoutLosingAWord() throws IOException {
        String words = "Replaced the variable speed pump motor, rewired the timer, flushed the heat exchanger and "
                + "rebalanced the water after the storm; Supercalifragilisticexpialidociousandevenlongerwithoutspaces done";

        String page = pages(pdf.render("Blue Wave Pool Care", customer,
                invoice(List.of(line(1, null, words, "1", "450.00")), "0", null))).get(0);

        String descriptionLines = page.substring(page.indexOf("Replaced"), page.indexOf("done") + 4);
        assertThat(descriptionLines.lines().count()).isGreaterThan(2);
        assertThat(descriptionLines.replaceAll("\\s+", "")).isEqualTo(words.replaceAll("\\s+", ""));
    }

    private static List<String> pages(byte[] document) throws IOException {
        PdfReader reader = new PdfReader(document);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(extractor.getTextFromPage(p));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private static InvoiceLine line(int position, LocalDate date, String description, String quantity, String unitPrice) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal price = new BigDecimal(unitPrice);
        return new InvoiceLine(UUID.randomUUID(), position, date, description, q, price,
                q.multiply(price).setScale(2, java.math.RoundingMode.HALF_UP), false, null, null);
    }

    private static Invoice invoice(List<InvoiceLine> lines, String tax, String notes) {
        BigDecimal subtotal = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal taxTotal = new BigDecimal(tax);
        BigDecimal total = subtotal.add(taxTotal);
        return new Invoice(UUID.randomUUID(), 1042, UUID.randomUUID(), "Maria Lopez", InvoiceStatus.SENT,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), null, null, new BigDecimal("8.5000"), "USD",
                subtotal, taxTotal, total, BigDecimal.ZERO, BigDecimal.ZERO, total, notes, lines, Instant.now(), null,
                Instant.now(), Instant.now());
    }
}
