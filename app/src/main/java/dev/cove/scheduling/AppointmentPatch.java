package dev.cove.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A partial change to an appointment: absent ({@code null}) fields keep their value, an empty
 * string clears the meeting link or the notes.
 */
record AppointmentPatch(UUID customerId, String title, Instant startsAt, Instant endsAt, LocationType locationType,
        String meetingLink, String notes) {

    AppointmentDetails applyTo(Appointment a) {
        return new AppointmentDetails(or(customerId, a.customerId()), or(title, a.title()), or(startsAt, a.startsAt()),
                or(endsAt, a.endsAt()), or(locationType, a.locationType()), or(meetingLink, a.meetingLink()),
                or(notes, a.notes()));
    }

    private static <T> T or(T change, T current) {
        return change != null ? change : current;
    }
}
