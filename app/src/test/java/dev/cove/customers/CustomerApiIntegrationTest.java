package dev.cove.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;

@IntegrationTest
class CustomerApiIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsReadsListsAndPatchesCustomers() {
        Api api = companies.open("Customers Co").api();

        Api.Response created = api.post("/api/v1/customers", """
                {"displayName": "Maria Lopez", "companyName": "Lopez Family", "email": "maria@example.com",
                 "phone": "+1 813 555 0101", "language": "es",
                 "billingAddress": {"line1": "12 Palm Way", "city": "Tampa", "region": "FL", "postalCode": "33601", "country": "US"}}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.at("/id");
        assertThat(created.at("/billingAddress/line1")).isEqualTo("12 Palm Way");
        assertThat(created.json().get("active").asBoolean()).isTrue();

        Api.Response patched = api.patch("/api/v1/customers/" + id, """
                {"phone": "+1 813 555 0199", "billingAddress": {"city": "Clearwater"}, "active": false}""");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.at("/phone")).isEqualTo("+1 813 555 0199");
        assertThat(patched.at("/billingAddress/city")).isEqualTo("Clearwater");
        assertThat(patched.at("/billingAddress/line1")).isEqualTo("12 Palm Way");
        assertThat(patched.json().get("active").asBoolean()).isFalse();

        assertThat(api.get("/api/v1/customers").json().get("total").asLong()).isZero();
        Api.Response all = api.get("/api/v1/customers?includeInactive=true&search=lopez&page=0&size=10");
        assertThat(all.json().get("total").asLong()).isEqualTo(1);
        assertThat(all.json().get("size").asInt()).isEqualTo(10);
        assertThat(all.at("/items/0/displayName")).isEqualTo("Maria Lopez");
    }

    @Test
    void invalidCustomerIsRefusedWithEveryOffendingFieldAndWritesNothing() {
        TestCompanies.TestCompany company = companies.open("Invalid Co");

        Api.Response refused = company.api().post("/api/v1/customers", """
                {"email": "not-an-email", "billingAddress": {"country": "USA"}}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("billingAddress.country", "displayName", "email");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customers WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void patchThatWouldBreakTheCustomerChangesNothing() {
        Api api = companies.open("Patch Co").api();
        String id = api.post("/api/v1/customers", "{\"displayName\": \"Oakwood HOA\"}").at("/id");

        Api.Response refused = api.patch("/api/v1/customers/" + id, "{\"displayName\": \" \", \"phone\": \"+1 555 0100\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/errors/0/field")).isEqualTo("displayName");
        Api.Response unchanged = api.get("/api/v1/customers/" + id);
        assertThat(unchanged.at("/displayName")).isEqualTo("Oakwood HOA");
        assertThat(unchanged.json().has("phone")).isFalse();
    }
}
