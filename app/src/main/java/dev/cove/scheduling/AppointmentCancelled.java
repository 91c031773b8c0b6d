package dev.cove.scheduling;

import java.time.Instant;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/** An appointment was cancelled. Published once per appointment. */
public record AppointmentCancelled(CompanyId companyId, UUID appointmentId, UUID customerId, Instant startsAt,
        Instant endsAt) {
}
