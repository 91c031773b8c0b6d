package dev.cove.customers;

import java.time.LocalDate;
import java.util.UUID;

import dev.cove.shared.CompanyId;

public record VisitRecorded(CompanyId companyId, UUID customerId, UUID visitId, LocalDate date) {
}
