package dev.cove.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appointments grouped by the day they start on, in the order given, for the pages. */
record Agenda(List<Day> days) {

    record Day(LocalDate date, List<Entry> entries) {
    }

    record Entry(Appointment appointment, String customerName, LocalDateTime start, LocalDateTime end) {

        public boolean endsOnAnotherDay() {
            return !start.toLocalDate().equals(end.toLocalDate());
        }
    }

    static Agenda of(List<Appointment> appointments, Map<UUID, String> customerNames, ZoneId zone) {
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (Appointment a : appointments) {
            Entry entry = new Entry(a, customerNames.getOrDefault(a.customerId(), "Unknown customer"),
                    LocalDateTime.ofInstant(a.startsAt(), zone), LocalDateTime.ofInstant(a.endsAt(), zone));
            byDay.computeIfAbsent(entry.start().toLocalDate(), d -> new ArrayList<>()).add(entry);
        }
        return new Agenda(byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
