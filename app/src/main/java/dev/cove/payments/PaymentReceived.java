package dev.cove.payments;

import java.math.BigDecimal;
import java.util.UUID;

import dev.cove.shared.CompanyId;

public record PaymentReceived(CompanyId companyId, UUID paymentId, UUID invoiceId, BigDecimal amount, String method) {
}
