package dev.cove.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * The appointment events reach a module listener after commit, through Spring Modulith's JDBC
 * publication registry, and a refused request publishes nothing.
 */
@IntegrationTest
@Import(AppointmentEventsIntegrationTest.Calendar.class)
class AppointmentEventsIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    Calendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bookingChangingAndCancellingPublishEachEventThroughTheRegistry() {
        TestCompany company = companies.open("Events Co");
        Api api = company.api();
        String customer = AppointmentApiIntegrationTest.customer(api, "Maria Lopez");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        UUID id = UUID.fromString(api.post("/api/v1/appointments", AppointmentApiIntegrationTest.booking(customer,
                "Inspection", start, start.plus(1, ChronoUnit.HOURS), "ON_SITE", null)).at("/id"));
        api.patch("/api/v1/appointments/" + id, "{\"title\": \"Full inspection\"}");
        api.post("/api/v1/appointments/" + id + "/cancel", null);
        api.post("/api/v1/appointments/" + id + "/cancel", null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(calendar.received(id)).hasSize(3));
        assertThat(calendar.received(id)).satisfiesExactlyInAnyOrder(
                booked -> assertThat(booked).isEqualTo(new AppointmentBooked(company.id(), id, UUID.fromString(customer),
                        start, start.plus(1, ChronoUnit.HOURS), "Inspection", LocationType.ON_SITE, null)),
                changed -> assertThat(changed).isInstanceOfSatisfying(AppointmentChanged.class,
                        c -> assertThat(c.title()).isEqualTo("Full inspection")),
                cancelled -> assertThat(cancelled).isEqualTo(new AppointmentCancelled(company.id(), id,
                        UUID.fromString(customer), start, start.plus(1, ChronoUnit.HOURS))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT event_type FROM event_publication
                WHERE serialized_event LIKE ? AND listener_id LIKE '%Calendar%' AND completion_date IS NOT NULL ORDER BY publication_date""")
                .param("%" + id + "%").query(String.class).list()).containsExactly(AppointmentBooked.class.getName(),
                        AppointmentChanged.class.getName(), AppointmentCancelled.class.getName()));
    }

    @Test
    void refusedBookingPublishesNothing() {
        TestCompany company = companies.open("Quiet Co");
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);

        company.api().post("/api/v1/appointments", AppointmentApiIntegrationTest.booking(UUID.randomUUID().toString(),
                "Nobody", start, start.plus(1, ChronoUnit.HOURS), "PHONE", null));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + company.id() + "%").query(Long.class).single()).isZero();
    }

    /** Stands in for a module that reacts to appointments (the calendar sync, say). */
    @TestComponent
    static class Calendar {

        private final List<Object> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(AppointmentBooked event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(AppointmentChanged event) {
            received.add(event);
        }

        @ApplicationModuleListener
        void on(AppointmentCancelled event) {
            received.add(event);
        }

        List<Object> received(UUID appointmentId) {
            return received.stream().filter(e -> e.toString().contains(appointmentId.toString())).toList();
        }
    }
}
