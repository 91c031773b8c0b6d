/**
 * Payments received against invoices and refunds given back, each applied to the invoice's
 * balance in the same transaction and published as an event.
 */
package dev.cove.payments;
