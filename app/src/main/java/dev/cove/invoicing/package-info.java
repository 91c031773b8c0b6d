/**
 * Invoices: numbered per company, one line per visit or item, exact decimal totals in the
 * company's currency, a PDF and an email when sent. Payments and refunds are applied through
 * {@link dev.cove.invoicing.Invoices#applyPayment} and {@link dev.cove.invoicing.Invoices#applyRefund},
 * which keep the balance and status right under concurrent use.
 */
package dev.cove.invoicing;
