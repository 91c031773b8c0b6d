package dev.cove.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The book and edit form of the pages: wall-clock times in the company's zone, as a browser sends them. */
record AppointmentForm(UUID customerId, String title,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime startsAt,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") LocalDateTime endsAt,
        LocationType locationType, String meetingLink, String notes) {

    /** A one-hour on-site visit tomorrow at nine. */
    static AppointmentForm blank(UUID customerId) {
        LocalDateTime nine = LocalDate.now().plusDays(1).atTime(LocalTime.of(9, 0));
        return new AppointmentForm(customerId, null, nine, nine.plusHours(1), LocationType.ON_SITE, null, null);
    }

    static AppointmentForm of(Appointment a, ZoneId zone) {
        return new AppointmentForm(a.customerId(), a.title(), LocalDateTime.ofInstant(a.startsAt(), zone),
                LocalDateTime.ofInstant(a.endsAt(), zone), a.locationType(), a.meetingLink(), a.notes());
    }

    AppointmentDetails toDetails(ZoneId zone) {
        return new AppointmentDetails(customerId, title == null ? "" : title,
                startsAt == null ? null : startsAt.atZone(zone).toInstant(),
                endsAt == null ? null : endsAt.atZone(zone).toInstant(), locationType, meetingLink, notes);
    }
}
