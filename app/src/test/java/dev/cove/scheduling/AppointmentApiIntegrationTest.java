package dev.cove.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.Api;
import dev.cove.IntegrationTest;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@IntegrationTest
class AppointmentApiIntegrationTest {

    private static final Instant TOMORROW_NINE = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(33, ChronoUnit.HOURS);

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void booksReadsAndListsUpcomingAppointmentsByPage() {
        Api api = companies.open("Booking Co").api();
        String customer = customer(api, "Maria Lopez");

        Api.Response booked = api.post("/api/v1/appointments", booking(customer, "Pool inspection",
                TOMORROW_NINE, TOMORROW_NINE.plus(1, ChronoUnit.HOURS), "ZOOM", "https://zoom.us/j/123456"));

        assertThat(booked.status()).isEqualTo(201);
        String id = booked.at("/id");
        assertThat(booked.at("/customerId")).isEqualTo(customer);
        assertThat(booked.at("/startsAt")).isEqualTo(TOMORROW_NINE.toString());
        assertThat(booked.at("/endsAt")).isEqualTo(TOMORROW_NINE.plus(1, ChronoUnit.HOURS).toString());
        assertThat(booked.at("/locationType")).isEqualTo("ZOOM");
        assertThat(booked.at("/meetingLink")).isEqualTo("https://zoom.us/j/123456");
        assertThat(booked.at("/status")).isEqualTo("BOOKED");
        assertThat(api.get("/api/v1/appointments/" + id).at("/title")).isEqualTo("Pool inspection");

        for (int day = 2; day <= 3; day++) {
            Instant start = TOMORROW_NINE.plus(day, ChronoUnit.DAYS);
            assertThat(api.post("/api/v1/appointments", booking(customer, "Visit " + day, start,
                    start.plus(30, ChronoUnit.MINUTES), "ON_SITE", null)).status()).isEqualTo(201);
        }
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
        api.post("/api/v1/appointments", booking(customer, "Last week", lastWeek, lastWeek.plus(1, ChronoUnit.HOURS),
                "PHONE", null));

        Api.Response first = api.get("/api/v1/appointments?page=0&size=2");
        assertThat(first.json().get("total").asLong()).isEqualTo(3);
        assertThat(first.json().get("page").asInt()).isZero();
        assertThat(first.json().get("size").asInt()).isEqualTo(2);
        assertThat(first.json().get("items").findValuesAsString("title")).containsExactly("Pool inspection", "Visit 2");
        Api.Response second = api.get("/api/v1/appointments?page=1&size=2");
        assertThat(second.json().get("items").findValuesAsString("title")).containsExactly("Visit 3");

        Api.Response window = api.get("/api/v1/appointments?from=" + lastWeek.minus(1, ChronoUnit.DAYS)
                + "&to=" + TOMORROW_NINE.plus(1, ChronoUnit.DAYS));
        assertThat(window.json().get("items").findValuesAsString("title")).containsExactly("Last week", "Pool inspection");
    }

    @Test
    void endBeforeStartIsRefusedNamingEndsAtAndWritesNothing() {
        TestCompany company = companies.open("Backwards Co");
        String customer = customer(company.api(), "Oakwood HOA");

        Api.Response refused = company.api().post("/api/v1/appointments", booking(customer, "Backwards",
                TOMORROW_NINE, TOMORROW_NINE.minus(1, ChronoUnit.HOURS), "ON_SITE", null));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("endsAt");
        assertThat(appointmentsOf(company)).isZero();
    }

    @Test
    void unknownCustomerIsRefusedNamingCustomerIdAndWritesNothing() {
        TestCompany company = companies.open("Stranger Co");

        Api.Response refused = company.api().post("/api/v1/appointments", booking(UUID.randomUUID().toString(), "Who?",
                TOMORROW_NINE, TOMORROW_NINE.plus(1, ChronoUnit.HOURS), "PHONE", null));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("customerId");
        assertThat(appointmentsOf(company)).isZero();
    }

    @Test
    void meetingLinkOnAnOnSiteVisitIsRefusedWithEveryOtherProblem() {
        TestCompany company = companies.open("Link Co");
        String customer = customer(company.api(), "Pine Villas");

        Api.Response refused = company.api().post("/api/v1/appointments", """
                {"customerId": "%s", "title": " ", "startsAt": "%s", "endsAt": "%s", "locationType": "ON_SITE",
                 "meetingLink": "https://meet.google.com/abc-defg-hij"}""".formatted(customer, TOMORROW_NINE,
                TOMORROW_NINE.plus(1, ChronoUnit.HOURS)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("meetingLink", "title");
        assertThat(appointmentsOf(company)).isZero();
    }

    @Test
    void reschedulesThenCancelsAndACancelledAppointmentCannotChange() {
        Api api = companies.open("Cancel Co").api();
        String customer = customer(api, "Maria Lopez");
        String id = api.post("/api/v1/appointments", booking(customer, "Opening", TOMORROW_NINE,
                TOMORROW_NINE.plus(1, ChronoUnit.HOURS), "GOOGLE_MEET", "https://meet.google.com/abc-defg-hij")).at("/id");

        Instant later = TOMORROW_NINE.plus(2, ChronoUnit.HOURS);
        Api.Response moved = api.patch("/api/v1/appointments/" + id,
                "{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(later, later.plus(45, ChronoUnit.MINUTES)));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.at("/startsAt")).isEqualTo(later.toString());
        assertThat(moved.at("/meetingLink")).isEqualTo("https://meet.google.com/abc-defg-hij");

        Api.Response tooEarly = api.patch("/api/v1/appointments/" + id, "{\"endsAt\": \"%s\"}".formatted(TOMORROW_NINE));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.at("/errors/0/field")).isEqualTo("endsAt");
        assertThat(api.get("/api/v1/appointments/" + id).at("/endsAt")).isEqualTo(later.plus(45, ChronoUnit.MINUTES).toString());

        Api.Response cancelled = api.post("/api/v1/appointments/" + id + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.at("/status")).isEqualTo("CANCELLED");
        assertThat(api.post("/api/v1/appointments/" + id + "/cancel", null).at("/status")).isEqualTo("CANCELLED");
        assertThat(api.patch("/api/v1/appointments/" + id, "{\"title\": \"Again\"}").status()).isEqualTo(409);
        assertThat(api.get("/api/v1/appointments").json().get("items").findValuesAsString("status"))
                .containsExactly("CANCELLED");
    }

    @Test
    void anotherCompanyCannotSeeOrTouchTheAppointment() {
        Api a = companies.open("Company A").api();
        Api b = companies.open("Company B").api();
        String id = a.post("/api/v1/appointments", booking(customer(a, "A's customer"), "Private", TOMORROW_NINE,
                TOMORROW_NINE.plus(1, ChronoUnit.HOURS), "ON_SITE", null)).at("/id");

        assertThat(b.get("/api/v1/appointments/" + id).status()).isEqualTo(404);
        assertThat(b.patch("/api/v1/appointments/" + id, "{\"title\": \"Mine\"}").status()).isEqualTo(404);
        assertThat(b.post("/api/v1/appointments/" + id + "/cancel", null).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/appointments").json().get("total").asLong()).isZero();
        assertThat(a.get("/api/v1/appointments/" + id).at("/status")).isEqualTo("BOOKED");
    }

    static String customer(Api api, String name) {
        return api.post("/api/v1/customers", "{\"displayName\": \"" + name + "\"}").at("/id");
    }

    static String booking(String customerId, String title, Instant start, Instant end, String type, String link) {
        return """
                {"customerId": "%s", "title": "%s", "startsAt": "%s", "endsAt": "%s", "locationType": "%s"%s}"""
                .formatted(customerId, title, start, end, type, link == null ? "" : ", \"meetingLink\": \"" + link + "\"");
    }

    private long appointmentsOf(TestCompany company) {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single();
    }
}
