package dev.cove.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@IntegrationTest
class SettingsPagesIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    CompanySettings settings;

    @Test
    void settingsPageListsEntriesAddsThemAndShowsFieldErrorsNextToFields() {
        TestCompany company = companies.open("Settings Pages Co");
        StaffSession staff = StaffSession.signIn(companies.baseUrl(), company.email(), TestCompanies.PASSWORD);

        StaffSession.Page page = staff.get("/settings");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Net 30", "Due on receipt", "Bank transfer", "Sales tax", "7.0000 %",
                "href=\"/settings/integrations\"", "data-confirm=");

        StaffSession.Page refused = staff.post("/settings/tax-rates", Map.of("name", "", "rate", "150"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("must be between 0 and 100", "is required");
        assertThat(settings.taxRates(company.id())).hasSize(1);

        StaffSession.Page duplicate = staff.post("/settings/payment-methods", Map.of("name", "cash"));
        assertThat(duplicate.text()).contains("is already the name of an active payment method");

        StaffSession.Page added = staff.post("/settings/payment-terms", Map.of("name", "Net 60", "daysDue", "60"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(settings.terms(company.id())).extracting(PaymentTerm::name).contains("Net 60");

        PaymentTerm net60 = settings.terms(company.id()).stream().filter(t -> t.daysDue() == 60).findFirst().orElseThrow();
        staff.get("/settings");
        assertThat(staff.post("/settings/payment-terms/" + net60.id() + "/deactivate", Map.of()).status()).isEqualTo(302);
        assertThat(settings.terms(company.id())).extracting(PaymentTerm::name).doesNotContain("Net 60");
    }

    @Test
    void anotherCompanysEntryCannotBeDeactivated() {
        TestCompany a = companies.open("Settings Pages A");
        TestCompany b = companies.open("Settings Pages B");
        TaxRate rate = settings.taxRates(a.id()).get(0);
        StaffSession staff = StaffSession.signIn(companies.baseUrl(), b.email(), TestCompanies.PASSWORD);
        staff.get("/settings");

        assertThat(staff.post("/settings/tax-rates/" + rate.id() + "/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(settings.taxRates(a.id())).containsExactly(rate);
    }
}
