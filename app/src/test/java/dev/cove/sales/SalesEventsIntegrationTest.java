package dev.cove.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

/** Sales events reach a module listener through Spring Modulith's JDBC publication registry, once each. */
@IntegrationTest
@Import(SalesEventsIntegrationTest.Pipeline.class)
class SalesEventsIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Pipeline pipeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void leadCreatedIsPublishedThroughTheRegistry() {
        TestCompany company = companies.open("Lead Events Co");

        UUID id = UUID.fromString(company.api().post("/api/v1/leads",
                "{\"name\": \"Sam Rivera\", \"email\": \"sam@example.com\", \"source\": \"Website\"}").at("/id"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pipeline.received(id))
                .containsExactly(new LeadCreated(company.id(), id, "Sam Rivera", "sam@example.com", "Website")));
        assertThat(completedPublications(id)).containsExactly(LeadCreated.class.getName());
    }

    @Test
    void quoteAcceptedIsPublishedOnceEvenWhenAcceptedTwice() {
        TestCompany company = companies.open("Quote Events Co");
        Api api = company.api();
        String customer = SalesApiIntegrationTest.customer(api);
        UUID id = UUID.fromString(api.post("/api/v1/quotes", """
                {"customerId": "%s", "title": "Resurfacing", "lines": [{"description": "Plaster", "quantity": 3, "unitPrice": 19.99}]}"""
                .formatted(customer)).at("/id"));

        api.post("/api/v1/quotes/" + id + "/accept", null);
        api.post("/api/v1/quotes/" + id + "/accept", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pipeline.received(id)).hasSize(1));
        assertThat(pipeline.received(id).get(0)).isInstanceOfSatisfying(QuoteAccepted.class, e -> {
            assertThat(e.companyId()).isEqualTo(company.id());
            assertThat(e.customerId()).isEqualTo(UUID.fromString(customer));
            assertThat(e.total()).isEqualTo(new BigDecimal("59.97"));
        });
        assertThat(completedPublications(id)).containsExactly(QuoteAccepted.class.getName());
    }

    private List<String> completedPublications(UUID id) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT event_type FROM event_publication WHERE serialized_event LIKE ? AND listener_id LIKE '%Pipeline%'"
                        + " AND completion_date IS NOT NULL")
                .param("%" + id + "%").query(String.class).list(), list -> !list.isEmpty());
    }

    /** Stands in for modules that follow up on sales (a CRM sync, say). */
    @TestComponent
    static class Pipeline {

        private final List<Object> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(LeadCreated event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(QuoteAccepted event) {
            received.add(event);
        }

        List<Object> received(UUID id) {
            return received.stream().filter(e -> e.toString().contains(id.toString())).toList();
        }
    }
}
