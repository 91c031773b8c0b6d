package dev.cove.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.BusinessRuleViolated;
import dev.cove.shared.CompanyId;
import dev.cove.shared.FieldError;
import dev.cove.shared.InvalidRequest;
import dev.cove.shared.PageRequest;
import dev.cove.shared.PageResult;
import dev.cove.shared.RecordNotFound;

/**
 * The appointments of each company. Every read and write is scoped to the caller's company; an
 * appointment of another company is {@link RecordNotFound}. Invalid details are refused with an
 * {@link InvalidRequest} listing every offending field, and nothing is written. Each change
 * publishes its event in the same transaction.
 */
@Service
public class Appointments {

    private static final String COLUMNS = """
            id, customer_id, title, starts_at, ends_at, location_type, meeting_link, notes, status, created_at,
            updated_at""";

    private final JdbcClient jdbc;
    private final AppointmentRules rules;
    private final ApplicationEventPublisher events;

    Appointments(JdbcClient jdbc, AppointmentRules rules, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public Appointment book(CompanyId company, AppointmentDetails details) {
        AppointmentDetails d = valid(company, details);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO appointments (company_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), id, d.customerId(), d.title(), d.startsAt(), d.endsAt(), d.locationType().name(),
                        d.meetingLink(), d.notes(), AppointmentStatus.BOOKED.name(), now, now)
                .update();
        events.publishEvent(new AppointmentBooked(company, id, d.customerId(), d.startsAt(), d.endsAt(), d.title(),
                d.locationType(), d.meetingLink()));
        return get(company, id);
    }

    /** Reschedules or changes a booked appointment; a cancelled one is refused with 409. */
    @Transactional
    public Appointment update(CompanyId company, UUID id, AppointmentDetails details) {
        if (get(company, id).cancelled()) {
            throw new BusinessRuleViolated("status", "A cancelled appointment cannot be changed; book a new one");
        }
        AppointmentDetails d = valid(company, details);
        jdbc.sql("""
                UPDATE appointments SET customer_id = ?, title = ?, starts_at = ?, ends_at = ?, location_type = ?,
                  meeting_link = ?, notes = ?, updated_at = ?
                WHERE company_id = ? AND id = ?""")
                .params(d.customerId(), d.title(), d.startsAt(), d.endsAt(), d.locationType().name(), d.meetingLink(),
                        d.notes(), Instant.now(), company.value(), id)
                .update();
        events.publishEvent(new AppointmentChanged(company, id, d.customerId(), d.startsAt(), d.endsAt(), d.title(),
                d.locationType(), d.meetingLink()));
        return get(company, id);
    }

    /** Cancels the appointment. Cancelling twice changes nothing and publishes nothing the second time. */
    @Transactional
    public Appointment cancel(CompanyId company, UUID id) {
        Appointment a = get(company, id);
        int updated = jdbc.sql("UPDATE appointments SET status = ?, updated_at = ? WHERE company_id = ? AND id = ? AND status = ?")
                .params(AppointmentStatus.CANCELLED.name(), Instant.now(), company.value(), id,
                        AppointmentStatus.BOOKED.name())
                .update();
        if (updated == 1) {
            events.publishEvent(new AppointmentCancelled(company, id, a.customerId(), a.startsAt(), a.endsAt()));
        }
        return get(company, id);
    }

    public Appointment get(CompanyId company, UUID id) {
        return find(company, id).orElseThrow(() -> new RecordNotFound("Appointment", id));
    }

    public Optional<Appointment> find(CompanyId company, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appointments WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(Appointments::map).optional();
    }

    /**
     * Appointments of any status that overlap the window, earliest first: those ending after
     * {@code from} and starting before {@code to}. Either bound may be null (unbounded).
     */
    public PageResult<Appointment> list(CompanyId company, Instant from, Instant to, PageRequest page) {
        return query(company, from, to, false, page);
    }

    /** Appointments that have not ended yet, earliest first, cancelled ones included. */
    public PageResult<Appointment> upcoming(CompanyId company, PageRequest page) {
        return list(company, Instant.now(), null, page);
    }

    /** Appointments that ended before now, latest first. */
    public PageResult<Appointment> past(CompanyId company, PageRequest page) {
        return query(company, null, Instant.now(), true, page);
    }

    /** How many booked (not cancelled) appointments have not ended yet. */
    public long countUpcoming(CompanyId company) {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE company_id = ? AND status = ? AND ends_at > ?")
                .params(company.value(), AppointmentStatus.BOOKED.name(), Instant.now()).query(Long.class).single();
    }

    private PageResult<Appointment> query(CompanyId company, Instant from, Instant to, boolean endedBeforeTo,
            PageRequest page) {
        String where = " WHERE company_id = :company"
                + (from == null ? "" : " AND ends_at > :from")
                + (to == null ? "" : endedBeforeTo ? " AND ends_at <= :to" : " AND starts_at < :to");
        String order = endedBeforeTo ? " ORDER BY starts_at DESC, id" : " ORDER BY starts_at, id";
        long total = jdbc.sql("SELECT COUNT(*) FROM appointments" + where)
                .param("company", company.value()).param("from", from).param("to", to).query(Long.class).single();
        List<Appointment> items = jdbc.sql("SELECT " + COLUMNS + " FROM appointments" + where + order
                        + " LIMIT :limit OFFSET :offset")
                .param("company", company.value()).param("from", from).param("to", to)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Appointments::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private AppointmentDetails valid(CompanyId company, AppointmentDetails details) {
        List<FieldError> errors = rules.check(company, details);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return details.normalized();
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("title"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                LocationType.valueOf(rs.getString("location_type")), rs.getString("meeting_link"), rs.getString("notes"),
                AppointmentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
