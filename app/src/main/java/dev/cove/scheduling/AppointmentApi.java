package dev.cove.scheduling;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@ApiController("/api/v1/appointments")
class AppointmentApi {

    private final Appointments appointments;

    AppointmentApi(Appointments appointments) {
        this.appointments = appointments;
    }

    @PostMapping
    ResponseEntity<Appointment> book(CompanyId company, @RequestBody AppointmentDetails details) {
        Appointment appointment = appointments.book(company, details);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.id())).body(appointment);
    }

    /** Without {@code from} and {@code to}, the upcoming appointments (those not ended yet). */
    @GetMapping
    PageResult<Appointment> list(CompanyId company, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Instant start = from == null && to == null ? Instant.now() : from;
        return appointments.list(company, start, to, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    Appointment get(CompanyId company, @PathVariable UUID id) {
        return appointments.get(company, id);
    }

    @PatchMapping("/{id}")
    Appointment patch(CompanyId company, @PathVariable UUID id, @RequestBody AppointmentPatch patch) {
        return appointments.update(company, id, patch.applyTo(appointments.get(company, id)));
    }

    @PostMapping("/{id}/cancel")
    Appointment cancel(CompanyId company, @PathVariable UUID id) {
        return appointments.cancel(company, id);
    }
}
