package dev.cove.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment with a customer, from {@code startsAt} (inclusive) to {@code endsAt}, which is
 * always later. {@code meetingLink} and {@code notes} may be null.
 */
public record Appointment(UUID id, UUID customerId, String title, Instant startsAt, Instant endsAt,
        LocationType locationType, String meetingLink, String notes, AppointmentStatus status, Instant createdAt,
        Instant updatedAt) {

    public boolean cancelled() {
        return status == AppointmentStatus.CANCELLED;
    }
}
