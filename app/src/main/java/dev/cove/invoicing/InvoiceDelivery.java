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
import dev.cove.mail.MailContent;
import dev.cove.mail.QueuedMail;
import dev.cove.mail.Outbox;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.staff.Companies;

/**
 * Sends an invoice: marks it sent and queues its mail to the customer in one transaction; the mail
 * module then delivers it (see {@link InvoiceMail}), with the PDF and a "Pay now" link when a
 * payments integration offers one. If anything fails before the commit, the invoice stays as it
 * was and no mail is queued; once committed, the mail is on the Outbox as queued until the SMTP
 * server accepts it.
 */
@Service
public class InvoiceDelivery implements MailContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");
    private static final String MAIL_SUBJECT = "invoice";

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

    /** Marks the invoice sent (the first time) and queues its mail; each call queues one mail. */
    @Transactional
    public Invoice send(CompanyId company, UUID invoiceId) {
        Invoice sent = invoices.markSent(company, invoiceId);
        Customer customer = customers.get(company, sent.customerId());
        if (customer.email() == null) {
            throw new BusinessRuleViolated("customerId", customer.displayName() + " has no email address to send the invoice to");
        }
        outbox.queue(company, new QueuedMail(customer.email(), "Invoice #" + sent.number() + " from " + companies.name(company),
                fileName(sent), MAIL_SUBJECT, sent.id()));
        return sent;
    }

    @Override
    public String subjectType() {
        return MAIL_SUBJECT;
    }

    /** The invoice's mail as it stands at delivery: text with the Pay now link, and the PDF. */
    @Override
    public Body compose(CompanyId company, UUID invoiceId) {
        Invoice invoice = invoices.get(company, invoiceId);
        Customer customer = customers.get(company, invoice.customerId());
        String companyName = companies.name(company);
        return new Body(body(companyName, customer, invoice, payNowLink(company, invoice)), null,
                new Attachment(fileName(invoice), "application/pdf", pdf.render(companyName, customer, invoice)));
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
