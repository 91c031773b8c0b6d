package dev.cove.integrations.quickbooks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import dev.cove.shared.ApiController;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;

/** {@code GET/PUT /api/v1/integrations/quickbooks/settings}: the company's QuickBooks sync settings. */
@ApiController("/api/v1/integrations/quickbooks/settings")
class QuickBooksSettingsApi {

    /** The settings, plus what the realm offers for each choice (empty before the realm was read). */
    record SettingsView(SetupForm settings, long version, Map<String, List<RealmCatalogue.Entry>> options) {
    }

    private final QuickBooksSetups setups;
    private final RealmCatalogue catalogue;

    QuickBooksSettingsApi(QuickBooksSetups setups, RealmCatalogue catalogue) {
        this.setups = setups;
        this.catalogue = catalogue;
    }

    @GetMapping
    SettingsView get(CompanyId company) {
        QuickBooksSetup setup = setups.of(company);
        return new SettingsView(SetupForm.of(setup), setup.version(), Map.of(
                "cashAccounts", catalogue.cashAccounts(company), "incomeAccounts", catalogue.incomeAccounts(company),
                "taxCodes", catalogue.entries(company, RealmCatalogue.TAX_CODE),
                "items", catalogue.entries(company, RealmCatalogue.ITEM),
                "paymentMethods", catalogue.entries(company, RealmCatalogue.PAYMENT_METHOD)));
    }

    @PutMapping
    SettingsView put(CompanyId company, @RequestBody SetupForm form) {
        List<FieldError> errors = SetupForm.noErrors();
        QuickBooksSetup setup = form.toSetup(options(catalogue, company), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        setups.save(company, setup);
        catalogue.applyDefaults(company);
        return get(company);
    }

    static SetupForm.Catalogue options(RealmCatalogue catalogue, CompanyId company) {
        return new SetupForm.Catalogue(catalogue.known(company), ids(catalogue.cashAccounts(company)),
                ids(catalogue.incomeAccounts(company)), ids(catalogue.entries(company, RealmCatalogue.ITEM)),
                ids(catalogue.entries(company, RealmCatalogue.TAX_CODE)));
    }

    private static java.util.Set<String> ids(List<RealmCatalogue.Entry> entries) {
        return entries.stream().map(RealmCatalogue.Entry::id).collect(Collectors.toSet());
    }
}
