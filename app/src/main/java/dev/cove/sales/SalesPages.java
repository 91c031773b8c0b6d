package dev.cove.sales;

import java.util.HashMap;
import java.util.Map;
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

import dev.cove.customers.Customer;
import dev.cove.customers.Customers;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;

@Controller
@RequestMapping("/sales")
class SalesPages {

    private final Leads leads;
    private final Quotes quotes;
    private final Customers customers;

    SalesPages(Leads leads, Quotes quotes, Customers customers) {
        this.leads = leads;
        this.quotes = quotes;
        this.customers = customers;
    }

    @ModelAttribute("nav")
    String nav() {
        return "sales";
    }

    @GetMapping
    String index(CompanyId company, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("lead")) {
            model.addAttribute("lead", LeadDetails.BLANK);
        }
        model.addAttribute("leads", leads.list(company, new PageRequest(0, 50)));
        PageResult<Quote> list = quotes.list(company, null, new PageRequest(page, 25));
        model.addAttribute("quotes", list);
        model.addAttribute("customerNames", names(company, list));
        return "sales/index";
    }

    @PostMapping("/leads")
    String addLead(CompanyId company, @Valid @ModelAttribute("lead") LeadDetails lead, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return index(company, 0, model);
        }
        Lead created = leads.create(company, lead);
        redirect.addFlashAttribute("flash", "Lead " + created.name() + " added.");
        return "redirect:/sales";
    }

    @GetMapping("/quotes/new")
    String newQuote(CompanyId company, @RequestParam(required = false) UUID customerId, Model model) {
        model.addAttribute("form", QuoteForm.blank(customerId));
        return quoteForm(company, model);
    }

    @PostMapping("/quotes")
    String createQuote(CompanyId company, @ModelAttribute("form") QuoteForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Quote quote = quotes.create(company, form.toDetails());
                redirect.addFlashAttribute("flash", "Quote “" + quote.title() + "” created.");
                return "redirect:/sales/quotes/" + quote.id();
            } catch (InvalidRequest e) {
                e.errors().forEach(error -> reject(errors, error));
            }
        }
        return quoteForm(company, model);
    }

    @GetMapping("/quotes/{id}")
    String showQuote(CompanyId company, @PathVariable UUID id, Model model) {
        Quote quote = quotes.get(company, id);
        model.addAttribute("quote", quote);
        model.addAttribute("customer", customers.find(company, quote.customerId()).orElse(null));
        return "sales/quote";
    }

    @PostMapping("/quotes/{id}/accept")
    String accept(CompanyId company, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Quote quote = quotes.accept(company, id);
            redirect.addFlashAttribute("flash", "Quote “" + quote.title() + "” accepted.");
        } catch (BusinessRuleViolated e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/sales/quotes/" + id;
    }

    private String quoteForm(CompanyId company, Model model) {
        model.addAttribute("customers", customers.list(company, null, false, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        return "sales/quote-form";
    }

    private static void reject(BindingResult errors, FieldError error) {
        Object rejected;
        try {
            rejected = errors.getRawFieldValue(error.field());
        } catch (RuntimeException notAProperty) {
            rejected = null;
        }
        errors.addError(new org.springframework.validation.FieldError(errors.getObjectName(), error.field(), rejected,
                false, null, null, error.message()));
    }

    private Map<UUID, String> names(CompanyId company, PageResult<Quote> list) {
        Map<UUID, String> names = new HashMap<>();
        list.items().forEach(q -> names.computeIfAbsent(q.customerId(),
                id -> customers.find(company, id).map(Customer::displayName).orElse("Unknown customer")));
        return names;
    }
}
