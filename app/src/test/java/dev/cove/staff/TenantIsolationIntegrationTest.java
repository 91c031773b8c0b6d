package dev.cove.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;

/** One Cove serves many companies; none of them can see or touch another's records. */
@IntegrationTest
class TenantIsolationIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Test
    void companyBCannotReadOrChangeCompanyARecordsThroughTheApi() {
        Api a = companies.open("Company A").api();
        Api b = companies.open("Company B").api();
        String customer = a.post("/api/v1/customers", "{\"displayName\": \"A's customer\", \"email\": \"a@example.com\"}").at("/id");
        String invoice = a.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Service", "unitPrice": 10}]}""".formatted(customer)).at("/id");
        String appointment = a.post("/api/v1/appointments", """
                {"customerId": "%s", "title": "Opening", "startsAt": "2030-05-01T14:00:00Z", "endsAt": "2030-05-01T15:00:00Z",
                 "locationType": "ON_SITE"}""".formatted(customer)).at("/id");

        assertThat(b.get("/api/v1/customers/" + customer).status()).isEqualTo(404);
        assertThat(b.patch("/api/v1/customers/" + customer, "{\"displayName\": \"Stolen\"}").status()).isEqualTo(404);
        assertThat(b.get("/api/v1/invoices/" + invoice).status()).isEqualTo(404);
        assertThat(b.post("/api/v1/invoices/" + invoice + "/void", null).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/appointments/" + appointment).status()).isEqualTo(404);
        assertThat(b.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "x", "unitPrice": 1}]}""".formatted(customer)).status())
                .isEqualTo(422);
        assertThat(b.get("/api/v1/customers").json().get("total").asLong()).isZero();
        assertThat(b.get("/api/v1/invoices").json().get("total").asLong()).isZero();

        assertThat(a.get("/api/v1/customers/" + customer).at("/displayName")).isEqualTo("A's customer");
        assertThat(a.get("/api/v1/invoices/" + invoice).at("/status")).isEqualTo("DRAFT");
    }

    @Test
    void companyBStaffCannotOpenCompanyARecordsInThePages() {
        TestCompanies.TestCompany a = companies.open("Pages A");
        TestCompanies.TestCompany b = companies.open("Pages B");
        String customer = a.api().post("/api/v1/customers", "{\"displayName\": \"Private Pool\"}").at("/id");
        String invoice = a.api().post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Service", "unitPrice": 10}]}""".formatted(customer)).at("/id");

        StaffSession staffB = StaffSession.signIn(companies, b);

        assertThat(staffB.get("/customers/" + customer).status()).isEqualTo(404);
        assertThat(staffB.get("/invoices/" + invoice).status()).isEqualTo(404);
        assertThat(staffB.get("/invoices/" + invoice + "/pdf").status()).isEqualTo(404);
        assertThat(staffB.get("/customers").text()).doesNotContain("Private Pool");
        assertThat(StaffSession.signIn(companies, a).get("/customers/" + customer).text()).contains("Private Pool");
    }

    @Test
    void requestsWithoutAValidApiKeyAreRefused() {
        Api forged = new Api(companies.baseUrl(), "cove_not-a-real-key");
        Api.Response refused = forged.get("/api/v1/customers");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }
}
