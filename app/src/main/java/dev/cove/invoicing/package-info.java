/**
 * Invoices: numbered per company, one line per visit or item, exact decimal totals in the
 * company's currency, a PDF and an email when sent. Payments and refunds are applied through
 * {@link dev.cove.invoicing.Invoices#applyPayment} and {@link dev.cove.invoicing.Invoices#applyRefund},
 * which keep the balance and status right under concurrent use.
 *
 * <p>Sending ({@link dev.cove.invoicing.InvoiceDelivery#send}) marks the invoice sent and queues its
 * mail in the same transaction; the mail module delivers it moments later, composing it through
 * {@code InvoiceDelivery} as a {@link dev.cove.mail.MailContent}: the text, the Pay now link and the
 * PDF reflect the invoice at delivery, not at the click (normally milliseconds apart). The send
 * request therefore never waits for a PDF or an SMTP server, and a mail server that is down no
 * longer refuses the send: the Outbox shows the mail queued, retried, then sent or failed.
 */
package dev.cove.invoicing;
