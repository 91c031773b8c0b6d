package dev.cove.integrations.quickbooks;

/**
 * Where a refund goes in QuickBooks: the customer, the refund account the money leaves from
 * (a Bank or Other Current Asset account, required), the item its one line uses, the line's tax
 * code ({@code NON} in the US, the exempt code elsewhere), the payment method (may be null) and
 * the tax model.
 */
public record RefundReferences(String customerId, String refundAccountId, String itemId, String lineTaxCodeId,
        String paymentMethodId, SalesTaxModel tax) {
}
