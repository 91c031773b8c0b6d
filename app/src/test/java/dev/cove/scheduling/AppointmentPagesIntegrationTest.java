package dev.cove.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.cove.IntegrationTest;
import dev.cove.StaffSession;
import dev.cove.TestCompanies;
import dev.cove.TestCompanies.TestCompany;

@IntegrationTest
class AppointmentPagesIntegrationTest {

    @Autowired
    TestCompanies companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void booksShowsGroupedByDayEditsAndCancelsThroughThePages() {
        TestCompany company = companies.open("Pages Co");
        String customer = AppointmentApiIntegrationTest.customer(company.api(), "Maria Lopez");
        StaffSession staff = StaffSession.signIn(companies, company);

        StaffSession.Page empty = staff.get("/appointments");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text()).contains("No upcoming appointments");

        assertThat(staff.get("/appointments/new").text()).contains("Maria Lopez");
        String day = LocalDate.now().plusDays(3).toString();
        StaffSession.Page refused = staff.post("/appointments", form(customer, "Backwards", day + "T10:00", day + "T09:00",
                "ON_SITE", "https://zoom.us/j/1"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("must be after the start", "is only allowed for Google Meet and Zoom meetings",
                "value=\"Backwards\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments WHERE company_id = ?").param(company.id().value())
                .query(Long.class).single()).isZero();

        StaffSession.Page booked = staff.post("/appointments", form(customer, "Pool inspection", day + "T09:00",
                day + "T10:30", "ON_SITE", ""));
        assertThat(booked.status()).isEqualTo(302);
        StaffSession.Page list = staff.get("/appointments");
        assertThat(list.text()).contains("Pool inspection", "Maria Lopez", "09:00 – 10:30", "data-confirm=");
        String id = company.api().get("/api/v1/appointments").at("/items/0/id");

        StaffSession.Page edit = staff.get("/appointments/" + id + "/edit");
        assertThat(edit.text()).contains("value=\"" + day + "T09:00\"");
        assertThat(staff.post("/appointments/" + id, form(customer, "Full inspection", day + "T11:00", day + "T12:00",
                "ZOOM", "https://zoom.us/j/42")).status()).isEqualTo(302);
        assertThat(company.api().get("/api/v1/appointments/" + id).at("/meetingLink")).isEqualTo("https://zoom.us/j/42");

        staff.get("/appointments");
        assertThat(staff.post("/appointments/" + id + "/cancel", Map.of()).status()).isEqualTo(302);
        assertThat(company.api().get("/api/v1/appointments/" + id).at("/status")).isEqualTo("CANCELLED");
        assertThat(staff.get("/appointments?past=true").text()).contains("No past appointments");
    }

    private static Map<String, String> form(String customer, String title, String start, String end, String type,
            String link) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("customerId", customer);
        form.put("title", title);
        form.put("startsAt", start);
        form.put("endsAt", end);
        form.put("locationType", type);
        form.put("meetingLink", link);
        form.put("notes", "");
        return form;
    }
}
