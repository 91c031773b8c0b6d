package dev.cove.settings;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.InvalidRequest;

/** The Settings page: tax rates, payment terms, payment methods, and the way to Integrations. */
@Controller
@RequestMapping("/settings")
class SettingsPages {

    private final CompanySettings settings;

    SettingsPages(CompanySettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("nav")
    String nav() {
        return "settings";
    }

    @GetMapping
    String show(CompanyId company, Model model) {
        model.addAttribute("taxRates", settings.taxRates(company));
        model.addAttribute("terms", settings.terms(company));
        model.addAttribute("defaultTerm", settings.defaultTerm(company));
        model.addAttribute("methods", settings.paymentMethods(company));
        model.addAttribute("taxRate", model.getAttribute("taxRate") != null ? model.getAttribute("taxRate") : new TaxRateDetails(null, null));
        model.addAttribute("term", model.getAttribute("term") != null ? model.getAttribute("term") : new PaymentTermDetails(null, null));
        model.addAttribute("method", model.getAttribute("method") != null ? model.getAttribute("method") : new PaymentMethodDetails(null));
        return "settings/index";
    }

    @PostMapping("/tax-rates")
    String addTaxRate(CompanyId company, @Valid @ModelAttribute("taxRate") TaxRateDetails details, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return save(errors, model, company, redirect, () -> settings.addTaxRate(company, details.name(), details.rate()).name());
    }

    @PostMapping("/payment-terms")
    String addTerm(CompanyId company, @Valid @ModelAttribute("term") PaymentTermDetails details, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return save(errors, model, company, redirect, () -> settings.addTerm(company, details).name());
    }

    @PostMapping("/payment-methods")
    String addMethod(CompanyId company, @Valid @ModelAttribute("method") PaymentMethodDetails details, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return save(errors, model, company, redirect, () -> settings.addPaymentMethod(company, details.name()).name());
    }

    @PostMapping("/tax-rates/{id}/deactivate")
    String deactivateTaxRate(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", settings.deactivateTaxRate(company, id).name() + " is no longer offered.");
        return "redirect:/settings";
    }

    @PostMapping("/payment-terms/{id}/deactivate")
    String deactivateTerm(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("flash", settings.deactivateTerm(company, id).name() + " is no longer offered.");
        } catch (BusinessRuleViolated e) {
            redirect.addFlashAttribute("flash", e.getMessage() + ".");
        }
        return "redirect:/settings";
    }

    @PostMapping("/payment-methods/{id}/deactivate")
    String deactivateMethod(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", settings.deactivatePaymentMethod(company, id).name() + " is no longer offered.");
        return "redirect:/settings";
    }


    /** Saves unless binding failed; rule failures from the service land next to their fields. */
    private String save(BindingResult errors, Model model, CompanyId company, RedirectAttributes redirect,
            java.util.function.Supplier<String> add) {
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("flash", add.get() + " added.");
                return "redirect:/settings";
            } catch (InvalidRequest e) {
                e.errors().forEach(f -> errors.rejectValue(f.field(), "invalid", f.message()));
            }
        }
        return show(company, model);
    }
}
