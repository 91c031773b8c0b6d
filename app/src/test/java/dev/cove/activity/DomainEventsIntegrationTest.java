package dev.cove.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;

/**
 * Every change an integration cares about is published as an event stored by the publication
 * registry in the change's own transaction, and reaches its listeners after commit.
 */
@IntegrationTest
class DomainEventsIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActivityFeed feed;

    @Test
    void backOfficeChangesAreStoredAsEventsAndReachTheActivityFeed() {
        TestCompanies.TestCompany company = companies.open("Events Co");
        Api api = company.api();
        String customer = api.post("/api/v1/customers", "{\"displayName\": \"Evelyn Park\", \"email\": \"ev@example.com\"}").at("/id");
        api.patch("/api/v1/customers/" + customer, "{\"phone\": \"+1 555 0100\"}");
        api.post("/api/v1/items", "{\"name\": \"Salt Cell Cleaning\", \"kind\": \"SERVICE\", \"unitPrice\": 75}");
        String invoice = api.post("/api/v1/invoices", """
                {"customerId": "%s", "lines": [{"description": "Repair", "unitPrice": 100}]}""".formatted(customer)).at("/id");
        api.post("/api/v1/invoices/" + invoice + "/send", null);
        api.send("PUT", "/api/v1/invoices/" + invoice, """
                {"customerId": "%s", "lines": [{"description": "Repair and parts", "unitPrice": 120}]}""".formatted(customer));
        String method = api.get("/api/v1/settings/payment-methods").json().get(0).get("id").asString();
        api.post("/api/v1/invoices/" + invoice + "/payments", "{\"amount\": 120, \"methodId\": \"%s\"}".formatted(method));
        api.post("/api/v1/invoices/" + invoice + "/refunds", "{\"amount\": 120}");
        api.post("/api/v1/invoices/" + invoice + "/void", null);
        api.patch("/api/v1/customers/" + customer, "{\"active\": false}");
        api.post("/api/v1/appointments", """
                {"customerId": "%s", "title": "Inspection", "startsAt": "2031-01-05T15:00:00Z", "endsAt": "2031-01-05T16:00:00Z",
                 "locationType": "ZOOM", "meetingLink": "https://zoom.us/j/1"}""".formatted(customer));
        api.post("/api/v1/leads", "{\"name\": \"Walk-in\", \"source\": \"Phone\"}");

        List<String> expected = List.of("CustomerCreated", "CustomerUpdated", "ItemChanged", "InvoiceSent", "InvoiceUpdated",
                "PaymentReceived", "RefundIssued", "InvoiceVoided", "CustomerDeactivated", "AppointmentBooked", "LeadCreated");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT event_type FROM event_publication
                        WHERE serialized_event LIKE ? AND listener_id LIKE '%ActivityFeed%' AND completion_date IS NOT NULL""")
                .param("%" + company.id() + "%").query(String.class).list())
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsAll(expected));
        assertThat(feed.recent(company.id(), 50)).extracting(Activity::summary)
                .contains("New customer Evelyn Park", "Invoice #1001 sent", "Invoice #1001 voided", "Refund of 120.00 issued");
    }
}
