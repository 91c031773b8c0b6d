package dev.cove.customers;

import java.util.UUID;

import jakarta.validation.Valid;

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

import dev.cove.shared.CompanyId;
import dev.cove.shared.PageRequest;

@Controller
@RequestMapping("/customers")
class CustomerPages {

    private final Customers customers;
    private final Visits visits;

    CustomerPages(Customers customers, Visits visits) {
        this.customers = customers;
        this.visits = visits;
    }

    @ModelAttribute("nav")
    String nav() {
        return "customers";
    }

    @GetMapping
    String list(CompanyId company, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("customers", customers.list(company, q, inactive, new PageRequest(page, 25)));
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive);
        return "customers/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("details", new CustomerDetails(null, null, null, null, Address.EMPTY, "en", null));
        return "customers/form";
    }

    @PostMapping
    String create(CompanyId company, @Valid @ModelAttribute("details") CustomerDetails details, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "customers/form";
        }
        Customer customer = customers.create(company, details);
        redirect.addFlashAttribute("flash", "Customer " + customer.displayName() + " created.");
        return "redirect:/customers/" + customer.id();
    }

    @GetMapping("/{id}")
    String show(CompanyId company, @PathVariable UUID id, Model model) {
        model.addAttribute("customer", customers.get(company, id));
        model.addAttribute("visits", visits.forCustomer(company, id));
        model.addAttribute("unbilled", visits.unbilled(company, id).size());
        if (!model.containsAttribute("visit")) {
            model.addAttribute("visit", new VisitDetails(java.time.LocalDate.now(), null, null, null, null, null, null,
                    null, null));
        }
        return "customers/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(CompanyId company, @PathVariable UUID id, Model model) {
        model.addAttribute("customer", customers.get(company, id));
        model.addAttribute("details", CustomerDetails.of(customers.get(company, id)));
        return "customers/form";
    }

    @PostMapping("/{id}")
    String update(CompanyId company, @PathVariable UUID id, @Valid @ModelAttribute("details") CustomerDetails details,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("customer", customers.get(company, id));
            return "customers/form";
        }
        customers.update(company, id, details);
        redirect.addFlashAttribute("flash", "Changes saved.");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        Customer customer = customers.deactivate(company, id);
        redirect.addFlashAttribute("flash", customer.displayName() + " is now inactive.");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        Customer customer = customers.reactivate(company, id);
        redirect.addFlashAttribute("flash", customer.displayName() + " is active again.");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id}/visits")
    String recordVisit(CompanyId company, @PathVariable UUID id, @Valid @ModelAttribute("visit") VisitDetails visit,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(company, id, model);
        }
        visits.record(company, id, visit);
        redirect.addFlashAttribute("flash", "Visit recorded.");
        return "redirect:/customers/" + id;
    }
}
