package dev.cove.scheduling;

import java.time.Instant;
import java.util.UUID;

import dev.cove.shared.CompanyId;

/** An appointment was booked. {@code meetingLink} may be null. */
public record AppointmentBooked(CompanyId companyId, UUID appointmentId, UUID customerId, Instant startsAt,
        Instant endsAt, String title, LocationType locationType, String meetingLink) {
}
