package dev.cove.integrations.quickbooks.inbound;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.cove.shared.CompanyId;

/** Per connection: the time from which QuickBooks' changes are not yet known to Cove, and which realm it was. */
@Component
class Watermarks {

    record Watermark(String realm, Instant changedSince) {
    }

    private final JdbcClient jdbc;

    Watermarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Watermark> find(CompanyId company) {
        return jdbc.sql("SELECT realm_id, changed_since FROM quickbooks_inbound_watermarks WHERE company_id = ?")
                .param(company.value()).query((rs, n) -> new Watermark(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant())).optional();
    }

    void set(CompanyId company, String realm, Instant changedSince) {
        OffsetDateTime since = changedSince.atOffset(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE quickbooks_inbound_watermarks SET realm_id = ?, changed_since = ?, caught_up_at = ? "
                + "WHERE company_id = ?").params(realm, since, now, company.value()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO quickbooks_inbound_watermarks (company_id, realm_id, changed_since, caught_up_at) "
                    + "VALUES (?, ?, ?, ?)").params(company.value(), realm, since, now).update();
        }
    }
}
