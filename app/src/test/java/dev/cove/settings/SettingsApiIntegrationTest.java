package dev.cove.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.InvalidRequest;

@IntegrationTest
class SettingsApiIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    CompanySettings settings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewCompanyGetsDefaultTermsMethodsAndTaxRate() {
        TestCompany company = companies.open("Defaults Co");
        Api api = company.api();

        Api.Response terms = api.get("/api/v1/settings/payment-terms");
        assertThat(terms.status()).isEqualTo(200);
        assertThat(terms.json().findValuesAsString("name")).containsExactly("Due on receipt", "Net 15", "Net 30");
        assertThat(terms.json().findValues("daysDue")).extracting(n -> n.asInt()).containsExactly(0, 15, 30);
        assertThat(api.get("/api/v1/settings/payment-methods").json().findValuesAsString("name"))
                .containsExactly("Bank transfer", "Card", "Cash", "Check");
        Api.Response rates = api.get("/api/v1/settings/tax-rates");
        assertThat(rates.at("/0/name")).isEqualTo("Sales tax");
        assertThat(rates.json().get(0).get("rate").decimalValue()).isEqualByComparingTo("7.0");
        assertThat(rates.json().size()).isEqualTo(1);

        assertThat(settings.defaultTerm(company.id()).name()).isEqualTo("Net 30");
        assertThat(settings.defaultTerm(company.id()).daysDue()).isEqualTo(30);
    }

    @Test
    void addsEntriesAndRefusesInvalidOnesNamingTheFieldsAndWritingNothing() {
        TestCompany company = companies.open("Settings Co");
        Api api = company.api();

        Api.Response added = api.post("/api/v1/settings/tax-rates", "{\"name\": \"County tax\", \"rate\": 7.5}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body()).contains("\"rate\":7.5000");
        assertThat(api.post("/api/v1/settings/payment-terms", "{\"name\": \"Net 45\", \"daysDue\": 45}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/settings/payment-methods", "{\"name\": \"Zelle\"}").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/settings/payment-methods").json().findValuesAsString("name")).contains("Zelle");
        long rates = count(company, "tax_rates");
        long terms = count(company, "payment_terms");

        Api.Response badRate = api.post("/api/v1/settings/tax-rates", "{\"name\": \" \", \"rate\": 100.00001}");
        assertThat(badRate.status()).isEqualTo(422);
        assertThat(badRate.contentType()).startsWith("application/problem+json");
        assertThat(badRate.json().get("errors").findValuesAsString("field")).containsExactly("name", "rate", "rate");
        assertThat(api.post("/api/v1/settings/tax-rates", "{\"name\": \"Big\", \"rate\": 101}").at("/errors/0/field"))
                .isEqualTo("rate");
        assertThat(api.post("/api/v1/settings/tax-rates", "{\"name\": \"Fine\", \"rate\": 1.23456}").at("/errors/0/message"))
                .isEqualTo("must have at most 4 decimals");
        Api.Response badTerm = api.post("/api/v1/settings/payment-terms", "{\"name\": \"Net 400\", \"daysDue\": 366}");
        assertThat(badTerm.status()).isEqualTo(422);
        assertThat(badTerm.at("/errors/0/field")).isEqualTo("daysDue");
        Api.Response duplicate = api.post("/api/v1/settings/payment-terms", "{\"name\": \"net 30\", \"daysDue\": 30}");
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.at("/errors/0/field")).isEqualTo("name");
        assertThat(api.post("/api/v1/settings/payment-methods", "{}").at("/errors/0/field")).isEqualTo("name");

        assertThat(count(company, "tax_rates")).isEqualTo(rates);
        assertThat(count(company, "payment_terms")).isEqualTo(terms);
    }

    @Test
    void lookupsAreScopedToTheCompanyAndFindDeactivatedEntries() {
        TestCompany a = companies.open("Settings A");
        TestCompany b = companies.open("Settings B");
        TaxRate rate = settings.taxRates(a.id()).get(0);
        PaymentMethod cash = settings.paymentMethods(a.id()).stream().filter(m -> m.name().equals("Cash")).findFirst().orElseThrow();

        assertThat(settings.taxRate(b.id(), rate.id())).isEmpty();
        assertThat(settings.paymentMethod(b.id(), cash.id())).isEmpty();
        assertThat(settings.term(b.id(), settings.defaultTerm(a.id()).id())).isEmpty();
        assertThat(b.api().get("/api/v1/settings/tax-rates").json().findValuesAsString("id")).doesNotContain(rate.id().toString());

        settings.deactivatePaymentMethod(a.id(), cash.id());
        assertThat(settings.paymentMethods(a.id())).extracting(PaymentMethod::name).doesNotContain("Cash");
        assertThat(settings.paymentMethod(a.id(), cash.id())).hasValueSatisfying(m -> assertThat(m.active()).isFalse());
        assertThat(settings.addPaymentMethod(a.id(), "Cash").active()).isTrue();
        assertThat(settings.paymentMethods(b.id())).extracting(PaymentMethod::name).contains("Cash");
    }

    @Test
    void theDefaultTermCannotBeDeactivatedButOthersCan() {
        TestCompany company = companies.open("Terms Co");
        PaymentTerm net30 = settings.defaultTerm(company.id());
        PaymentTerm net15 = settings.terms(company.id()).stream().filter(t -> t.daysDue() == 15).findFirst().orElseThrow();

        assertThatThrownBy(() -> settings.deactivateTerm(company.id(), net30.id())).isInstanceOf(BusinessRuleViolated.class);
        settings.deactivateTerm(company.id(), net15.id());

        assertThat(settings.terms(company.id())).extracting(PaymentTerm::name).containsExactly("Due on receipt", "Net 30");
        assertThat(settings.addTerm(company.id(), "Net 15", 15).name()).isEqualTo("Net 15");
        assertThatThrownBy(() -> settings.addTerm(company.id(), "Net 15", 15)).isInstanceOf(InvalidRequest.class);
        assertThat(settings.term(company.id(), UUID.randomUUID())).isEmpty();
    }

    private long count(TestCompany company, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single();
    }
}
