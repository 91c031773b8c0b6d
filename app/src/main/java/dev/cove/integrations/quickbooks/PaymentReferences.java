package dev.cove.integrations.quickbooks;

/**
 * Where a payment goes in QuickBooks: the customer and invoice it pays, the deposit account chosen
 * in the settings and the payment method (null when the method is not mapped).
 */
public record PaymentReferences(String customerId, String invoiceId, String depositAccountId,
        String paymentMethodId) {
}
