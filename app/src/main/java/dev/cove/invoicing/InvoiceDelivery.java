package dev.cove.invoicing;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.mail.Attachment;
import dev.cove.mail.OutgoingMail;
import dev.cove.mail.Outbox;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;

/**
 * Sends an invoice: renders its PDF and emails it to the customer, with a "Pay now" link when a
 * payments integration offers one. The invoice becomes sent only if the mail was accepted by the
 * SMTP server; if mail fails, the transaction rolls back and the invoice stays as it was.
 */
@Service
public class InvoiceDelivery {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

    private final Invoices invoices;
    private final InvoicePdf pdf;
    private final Customers customers;
    private final Companies companies;
    private final Outbox outbox;
    private final List<PayNowLinks> payNowLinks;

    InvoiceDelivery(Invoices invoices, InvoicePdf pdf, Customers customers, Companies companies, Outbox outbox,
            List<PayNowLinks> payNowLinks) {
        this.invoices = invoices;
        this.pdf = pdf;
        this.customers = customers;
        this.companies = companies;
        this.outbox = outbox;
        this.payNowLinks = payNowLinks;
    }

    @Transactional
    public Invoice send(CompanyId company, UUID invoiceId) {
        Invoice invoice = invoices.get(company, invoiceId);
        Customer customer = customers.get(company, invoice.customerId());
        if (customer.email() == null) {
            throw new BusinessRuleViolated("customerId", customer.displayName() + " has no email address to send the invoice to");
        }
        Invoice sent = invoices.markSent(company, invoiceId);
        String companyName = companies.name(company);
        outbox.send(company, new OutgoingMail(customer.email(),
                "Invoice #" + sent.number() + " from " + companyName,
                body(companyName, customer, sent, payNowLink(company, sent)), null,
                new Attachment(fileName(sent), "application/pdf", pdf.render(companyName, customer, sent)),
                "invoice", sent.id()));
        return sent;
    }

    /** The PDF as a download, e.g. from the invoice page. */
    public byte[] pdf(CompanyId company, UUID invoiceId) {
        Invoice invoice = invoices.get(company, invoiceId);
        return pdf.render(companies.name(company), customers.get(company, invoice.customerId()), invoice);
    }

    public static String fileName(Invoice invoice) {
        return "Invoice-" + invoice.number() + ".pdf";
    }

    public Optional<URI> payNowLink(CompanyId company, Invoice invoice) {
        if (!invoice.status().payable()) {
            return Optional.empty();
        }
        return payNowLinks.stream().map(p -> p.linkFor(company, invoice)).flatMap(Optional::stream).findFirst();
    }

    private static String body(String companyName, Customer customer, Invoice invoice, Optional<URI> payNow) {
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(customer.displayName()).append(",\n\n")
                .append("Please find attached invoice #").append(invoice.number()).append(" for ")
                .append(invoice.total()).append(' ').append(invoice.currency())
                .append(", due ").append(DATE.format(invoice.dueDate())).append(".\n\n");
        payNow.ifPresent(link -> text.append("Pay now: ").append(link).append("\n\n"));
        return text.append("Thank you for your business,\n").append(companyName).append('\n').toString();
    }
}
