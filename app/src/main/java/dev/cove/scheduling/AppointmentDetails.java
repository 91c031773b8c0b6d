package dev.cove.scheduling;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.cove.shared.Text;

/**
 * What staff or an API client enter to book or change an appointment. Rules that span fields
 * (the end after the start, a meeting link only for online meetings, a customer of the company)
 * are checked by {@link Appointments}, which reports every broken rule at once.
 */
public record AppointmentDetails(
        @NotNull(message = "is required") UUID customerId,
        @NotBlank(message = "is required") @Size(max = 200) String title,
        @NotNull(message = "is required") Instant startsAt,
        @NotNull(message = "is required") Instant endsAt,
        @NotNull(message = "is required") LocationType locationType,
        @Size(max = 500) String meetingLink,
        @Size(max = 4000) String notes) {

    AppointmentDetails normalized() {
        return new AppointmentDetails(customerId, title.trim(), startsAt, endsAt, locationType, Text.blankToNull(meetingLink),
                Text.blankToNull(notes));
    }

    static AppointmentDetails of(Appointment a) {
        return new AppointmentDetails(a.customerId(), a.title(), a.startsAt(), a.endsAt(), a.locationType(),
                a.meetingLink(), a.notes());
    }
}
