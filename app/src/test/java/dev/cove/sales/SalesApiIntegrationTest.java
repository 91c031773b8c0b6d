package dev.cove.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@IntegrationTest
class SalesApiIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAndListsLeads() {
        Api api = companies.open("Leads Co").api();

        Api.Response created = api.post("/api/v1/leads", """
                {"name": "Sam Rivera", "email": "sam@example.com", "phone": "+1 727 555 0144", "source": "Referral",
                 "notes": "Neighbour of Maria Lopez"}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.at("/source")).isEqualTo("Referral");
        Api.Response list = api.get("/api/v1/leads?page=0&size=10");
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.at("/items/0/name")).isEqualTo("Sam Rivera");
        assertThat(api.get("/api/v1/leads/" + created.at("/id")).at("/email")).isEqualTo("sam@example.com");
    }

    @Test
    void invalidLeadIsRefusedWithItsFieldsAndWritesNothing() {
        TestCompany company = companies.open("Bad Leads Co");

        Api.Response refused = company.api().post("/api/v1/leads", "{\"email\": \"nope\", \"source\": \"\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("email", "name", "source");
        assertThat(count("leads", company)).isZero();
    }

    @Test
    void quoteAmountsAndTotalAreExactDecimals() {
        Api api = companies.open("Quotes Co").api();
        String customer = customer(api);

        Api.Response created = api.post("/api/v1/quotes", """
                {"customerId": "%s", "title": "Spring opening",
                 "lines": [{"description": "Chlorine tablets", "quantity": 3, "unitPrice": 19.99},
                           {"description": "Filter clean", "quantity": 0.5, "unitPrice": 0.01},
                           {"description": "Labour", "quantity": 1.25, "unitPrice": 80.10}]}""".formatted(customer));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.at("/status")).isEqualTo("DRAFT");
        assertThat(created.json().at("/lines/0/amount").decimalValue()).isEqualByComparingTo("59.97");
        assertThat(created.json().at("/lines/1/amount").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(created.json().at("/lines/2/amount").decimalValue()).isEqualByComparingTo("100.13");
        assertThat(created.json().at("/total").decimalValue()).isEqualTo(new BigDecimal("160.11"));
        Api.Response read = api.get("/api/v1/quotes/" + created.at("/id"));
        assertThat(read.json().at("/total").decimalValue()).isEqualTo(new BigDecimal("160.11"));
        assertThat(read.json().at("/lines/0/quantity").decimalValue()).isEqualTo(new BigDecimal("3"));
        assertThat(read.json().get("lines").findValuesAsString("description"))
                .containsExactly("Chlorine tablets", "Filter clean", "Labour");
        assertThat(api.get("/api/v1/quotes?customerId=" + customer).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void invalidQuoteNamesEachOffendingLineFieldAndWritesNothing() {
        TestCompany company = companies.open("Bad Quotes Co");

        Api.Response refused = company.api().post("/api/v1/quotes", """
                {"customerId": "%s", "title": "Oops",
                 "lines": [{"description": "Free?", "quantity": 0, "unitPrice": -1},
                           {"description": "Mystery item", "quantity": 1, "unitPrice": 5, "itemId": "%s"}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("customerId", "lines[0].quantity", "lines[0].unitPrice", "lines[1].itemId");
        assertThat(count("quotes", company)).isZero();
        assertThat(count("quote_lines", company)).isZero();
        assertThat(company.api().post("/api/v1/quotes", "{\"customerId\": \"%s\", \"title\": \"Empty\", \"lines\": []}"
                .formatted(customer(company.api()))).at("/errors/0/field")).isEqualTo("lines");
    }

    @Test
    void acceptsAQuoteOnceAndRefusesTheSecondAcceptWithConflict() {
        Api api = companies.open("Accept Co").api();
        String id = api.post("/api/v1/quotes", """
                {"customerId": "%s", "title": "Heater install",
                 "lines": [{"description": "Heat pump", "quantity": 1, "unitPrice": 3499.00}]}""".formatted(customer(api)))
                .at("/id");

        Api.Response accepted = api.post("/api/v1/quotes/" + id + "/accept", null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.at("/status")).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/acceptedAt")).isNotBlank();

        Api.Response again = api.post("/api/v1/quotes/" + id + "/accept", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.at("/errors/0/field")).isEqualTo("status");
        assertThat(api.get("/api/v1/quotes/" + id).at("/acceptedAt")).isEqualTo(accepted.at("/acceptedAt"));
    }

    @Test
    void anotherCompanyCannotSeeOrAcceptTheQuote() {
        Api a = companies.open("Quote A").api();
        Api b = companies.open("Quote B").api();
        String id = a.post("/api/v1/quotes", """
                {"customerId": "%s", "title": "Private", "lines": [{"description": "Work", "quantity": 1, "unitPrice": 10}]}"""
                .formatted(customer(a))).at("/id");

        assertThat(b.get("/api/v1/quotes/" + id).status()).isEqualTo(404);
        assertThat(b.post("/api/v1/quotes/" + id + "/accept", null).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/quotes").json().get("total").asLong()).isZero();
        assertThat(a.get("/api/v1/quotes/" + id).at("/status")).isEqualTo("DRAFT");
    }

    static String customer(Api api) {
        return api.post("/api/v1/customers", "{\"displayName\": \"Maria Lopez\"}").at("/id");
    }

    private long count(String table, TestCompany company) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single();
    }
}
