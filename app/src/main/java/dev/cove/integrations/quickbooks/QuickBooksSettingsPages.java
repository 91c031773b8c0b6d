package dev.cove.integrations.quickbooks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.cove.integrations.quickbooks.QuickBooksSetup.Direction;
import dev.cove.integrations.sync.RecordType;
import dev.cove.items.Items;
import dev.cove.settings.CompanySettings;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;

/**
 * Settings → Integrations → QuickBooks → Sync settings: the page form of the same settings as
 * {@code /api/v1/integrations/quickbooks/settings}, offering only what the realm has (cash accounts
 * for deposits and refunds, income accounts, tax codes), re-shown with field errors when refused.
 */
@Controller
@RequestMapping("/settings/integrations/quickbooks/settings")
class QuickBooksSettingsPages {

    private final QuickBooksSetups setups;
    private final RealmCatalogue catalogue;
    private final Items items;
    private final CompanySettings companySettings;

    QuickBooksSettingsPages(QuickBooksSetups setups, RealmCatalogue catalogue, Items items, CompanySettings companySettings) {
        this.setups = setups;
        this.catalogue = catalogue;
        this.items = items;
        this.companySettings = companySettings;
    }

    @ModelAttribute("nav")
    String nav() {
        return "settings";
    }

    @GetMapping
    String show(CompanyId company, Model model) {
        return page(company, SetupForm.of(setups.of(company)), List.of(), model);
    }

    @PostMapping
    String save(CompanyId company, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SetupForm form = form(company, params);
        List<FieldError> errors = SetupForm.noErrors();
        QuickBooksSetup setup = form.toSetup(QuickBooksSettingsApi.options(catalogue, company), errors);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return page(company, form, errors, model);
        }
        setups.save(company, setup);
        catalogue.applyDefaults(company);
        redirect.addFlashAttribute("flash", "QuickBooks sync settings saved.");
        return "redirect:/settings/integrations/quickbooks";
    }

    private SetupForm form(CompanyId company, MultiValueMap<String, String> params) {
        Map<UUID, String> categories = new HashMap<>();
        Map<UUID, String> taxCodes = new HashMap<>();
        Map<UUID, Boolean> methods = new HashMap<>();
        Map<String, String> directions = new HashMap<>();
        params.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            if (name.startsWith("category.")) {
                categories.put(UUID.fromString(name.substring(9)), value);
            } else if (name.startsWith("taxCode.")) {
                taxCodes.put(UUID.fromString(name.substring(8)), value);
            } else if (name.startsWith("direction.")) {
                directions.put(name.substring(10), value);
            }
        });
        companySettings.paymentMethods(company).forEach(m -> methods.put(m.id(), params.containsKey("method." + m.id())));
        return new SetupForm(params.getFirst("syncStartDate"), params.getFirst("depositAccountId"),
                params.getFirst("refundAccountId"), params.getFirst("defaultIncomeAccountId"), params.getFirst("defaultItemId"),
                params.getFirst("exemptTaxCodeId"), categories, taxCodes, methods, directions);
    }

    private String page(CompanyId company, SetupForm form, List<FieldError> errors, Model model) {
        Map<String, String> fieldErrors = new HashMap<>();
        errors.forEach(e -> fieldErrors.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
        model.addAttribute("form", form);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("known", catalogue.known(company));
        model.addAttribute("cashAccounts", catalogue.cashAccounts(company));
        model.addAttribute("incomeAccounts", catalogue.incomeAccounts(company));
        model.addAttribute("taxCodes", catalogue.entries(company, RealmCatalogue.TAX_CODE));
        model.addAttribute("qboItems", catalogue.entries(company, RealmCatalogue.ITEM));
        model.addAttribute("categories", items.categories(company));
        model.addAttribute("taxRates", companySettings.taxRates(company));
        model.addAttribute("methods", companySettings.paymentMethods(company));
        model.addAttribute("types", List.of(RecordType.CUSTOMER, RecordType.ITEM, RecordType.INVOICE, RecordType.PAYMENT,
                RecordType.REFUND));
        model.addAttribute("directions", Direction.values());
        return "quickbooks/settings";
    }
}
