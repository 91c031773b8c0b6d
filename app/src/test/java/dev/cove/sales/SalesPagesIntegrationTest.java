package dev.cove.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;
import dev.cove.StaffSession;

@IntegrationTest
class SalesPagesIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Test
    void addsLeadsAndCreatesAndAcceptsQuotesThroughThePages() {
        TestCompany company = companies.open("Sales Pages Co");
        String customer = SalesApiIntegrationTest.customer(company.api());
        StaffSession staff = StaffSession.signIn(companies, company);

        assertThat(staff.get("/sales").text()).contains("No leads yet", "No quotes yet");
        StaffSession.Page refused = staff.post("/sales/leads", Map.of("name", "", "email", "nope", "source", "Website"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("is required", "must be an email address");
        StaffSession.Page added = staff.post("/sales/leads", Map.of("name", "Sam Rivera", "email", "", "phone", "",
                "source", "Referral", "notes", ""));
        assertThat(added.status()).as(added.text()).isEqualTo(302);
        assertThat(staff.get("/sales").text()).contains("Sam Rivera", "Referral");

        staff.get("/sales/quotes/new");
        Map<String, String> quote = new LinkedHashMap<>();
        quote.put("customerId", customer);
        quote.put("title", "Spring opening");
        for (int i = 0; i < QuoteForm.ROWS; i++) {
            quote.put("lines[" + i + "].quantity", i == 0 ? "3" : i == 1 ? "-1" : "");
            quote.put("lines[" + i + "].description", i == 0 ? "Chlorine tablets" : i == 1 ? "Refund?" : "");
            quote.put("lines[" + i + "].unitPrice", i == 0 ? "19.99" : i == 1 ? "5" : "");
        }
        StaffSession.Page invalid = staff.post("/sales/quotes", quote);
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.text()).contains("must be greater than 0", "value=\"Chlorine tablets\"");

        quote.put("lines[1].quantity", "");
        quote.put("lines[1].description", "");
        quote.put("lines[1].unitPrice", "");
        StaffSession.Page created = staff.post("/sales/quotes", quote);
        assertThat(created.status()).isEqualTo(302);
        StaffSession.Page detail = staff.get(created.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(detail.text()).contains("Spring opening", "59.97", "Accept", "Maria Lopez");

        String id = company.api().get("/api/v1/quotes").at("/items/0/id");
        assertThat(staff.post("/sales/quotes/" + id + "/accept", Map.of()).status()).isEqualTo(302);
        assertThat(company.api().get("/api/v1/quotes/" + id).at("/status")).isEqualTo("ACCEPTED");
        assertThat(staff.get("/sales/quotes/" + id).text()).doesNotContain("/accept\"");
    }
}
