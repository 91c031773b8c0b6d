package dev.cove.scheduling;

import java.time.Instant;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/** A booked appointment was rescheduled or its details changed; the fields are the new values. */
public record AppointmentChanged(CompanyId companyId, UUID appointmentId, UUID customerId, Instant startsAt,
        Instant endsAt, String title, LocationType locationType, String meetingLink) {
}
