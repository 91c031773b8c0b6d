package dev.cove.staff;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;

/** Opens companies and answers what Cove knows about one. */
@Service
public class Companies {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApiKeys apiKeys;
    private final ApplicationEventPublisher events;
    private final Map<CompanyId, Identity> identities = new ConcurrentHashMap<>();

    Companies(JdbcClient jdbc, PasswordEncoder passwords, ApiKeys apiKeys, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.apiKeys = apiKeys;
        this.events = events;
    }

    /** Creates the company, its first staff member and an API key, all or nothing. */
    @Transactional
    public OpenedCompany open(NewCompany company) {
        CompanyId id = new CompanyId(UUID.randomUUID());
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO companies (id, name, currency, created_at) VALUES (?, ?, ?, ?)")
                .params(id.value(), company.name(), company.currency(), now).update();
        jdbc.sql("""
                INSERT INTO staff_users (id, company_id, email, full_name, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), company.staffEmail().toLowerCase(), company.staffName(),
                        passwords.encode(company.password()), now)
                .update();
        String key = apiKeys.issue(id, "Default key", company.apiKey());
        events.publishEvent(new CompanyCreated(id, company.name(), company.currency()));
        return new OpenedCompany(id, key);
    }

    public Optional<CompanyId> findByStaffEmail(String email) {
        return jdbc.sql("SELECT company_id FROM staff_users WHERE email = ?")
                .param(email.toLowerCase())
                .query(UUID.class).optional().map(CompanyId::new);
    }

    public String name(CompanyId company) {
        return identity(company).name();
    }

    /** The ISO 4217 code every amount of the company is in. */
    public String currency(CompanyId company) {
        return identity(company).currency();
    }

    /**
     * Name and currency never change once a company is open, and every invoice created, sent or
     * mailed needs them, so each node reads them once per company.
     */
    private Identity identity(CompanyId company) {
        return identities.computeIfAbsent(company, id -> jdbc.sql("SELECT name, currency FROM companies WHERE id = ?")
                .param(id.value()).query((rs, n) -> new Identity(rs.getString("name"), rs.getString("currency"))).single());
    }

    private record Identity(String name, String currency) {
    }
}
