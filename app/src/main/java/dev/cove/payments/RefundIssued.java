package dev.cove.payments;

import java.math.BigDecimal;
import java.util.UUID;

import dev.cove.shared.CompanyId;

public record RefundIssued(CompanyId companyId, UUID refundId, UUID invoiceId, UUID paymentId, BigDecimal amount) {
}
