package dev.cove.scheduling;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@Controller
@RequestMapping("/appointments")
class AppointmentPages {

    private final Appointments appointments;
    private final Customers customers;
    private final ZoneId zone;

    AppointmentPages(Appointments appointments, Customers customers, SchedulingSettings settings) {
        this.appointments = appointments;
        this.customers = customers;
        this.zone = settings.zoneOrDefault();
    }

    @ModelAttribute("nav")
    String nav() {
        return "appointments";
    }

    @GetMapping
    String list(CompanyId company, @RequestParam(defaultValue = "false") boolean past,
            @RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = new PageRequest(page, 25);
        PageResult<Appointment> result = past ? appointments.past(company, request) : appointments.upcoming(company, request);
        Map<UUID, String> names = new LinkedHashMap<>();
        result.items().forEach(a -> names.computeIfAbsent(a.customerId(),
                id -> customers.find(company, id).map(Customer::displayName).orElse("Unknown customer")));
        model.addAttribute("appointments", result);
        model.addAttribute("agenda", Agenda.of(result.items(), names, zone));
        model.addAttribute("past", past);
        return "appointments/list";
    }

    @GetMapping("/new")
    String newForm(CompanyId company, @RequestParam(required = false) UUID customerId, Model model) {
        model.addAttribute("form", AppointmentForm.blank(customerId));
        return form(company, null, model);
    }

    @PostMapping
    String book(CompanyId company, @ModelAttribute("form") AppointmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Appointment booked = appointments.book(company, form.toDetails(zone));
                redirect.addFlashAttribute("flash", "Appointment “" + booked.title() + "” booked.");
                return "redirect:/appointments";
            } catch (InvalidRequest e) {
                reject(errors, e);
            }
        }
        return form(company, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(CompanyId company, @PathVariable UUID id, Model model) {
        Appointment appointment = appointments.get(company, id);
        model.addAttribute("form", AppointmentForm.of(appointment, zone));
        return form(company, appointment, model);
    }

    @PostMapping("/{id}")
    String update(CompanyId company, @PathVariable UUID id, @ModelAttribute("form") AppointmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                appointments.update(company, id, form.toDetails(zone));
                redirect.addFlashAttribute("flash", "Appointment updated.");
                return "redirect:/appointments";
            } catch (InvalidRequest e) {
                reject(errors, e);
            }
        }
        return form(company, appointments.get(company, id), model);
    }

    @PostMapping("/{id}/cancel")
    String cancel(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        Appointment cancelled = appointments.cancel(company, id);
        redirect.addFlashAttribute("flash", "Appointment “" + cancelled.title() + "” cancelled.");
        return "redirect:/appointments";
    }

    private String form(CompanyId company, Appointment appointment, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute("customers", customers.list(company, null, false, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("locationTypes", LocationType.values());
        model.addAttribute("zone", zone);
        return "appointments/form";
    }

    private static void reject(BindingResult errors, InvalidRequest e) {
        for (FieldError error : e.errors()) {
            Object rejected;
            try {
                rejected = errors.getRawFieldValue(error.field());
            } catch (RuntimeException notAProperty) {
                rejected = null;
            }
            errors.addError(new org.springframework.validation.FieldError(errors.getObjectName(), error.field(), rejected,
                    false, null, null, error.message()));
        }
    }
}
