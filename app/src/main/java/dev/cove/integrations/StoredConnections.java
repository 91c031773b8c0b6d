package dev.cove.integrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.cove.shared.CompanyId;

/**
 * The connections table. One row per company and provider, created on the first successful connect and
 * never deleted: a disconnect clears the tokens and keeps the account, so a reconnect can tell the same
 * account from another one. Tokens are sealed by {@link SecretSeal} on the way in and opened on the way out.
 */
@Repository
class StoredConnections implements Connections {

    private static final String COLUMNS = """
            id, company_id, provider, status, account_id, account_name, connected_by, connected_at, status_reason,
            paused""";

    private final JdbcClient jdbc;
    private final SecretSeal seal;

    StoredConnections(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    @Override
    public Optional<Connection> find(CompanyId company, Provider provider) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_connections WHERE company_id = ? AND provider = ?")
                .params(company.value(), provider.name()).query(StoredConnections::connection).optional();
    }

    Map<Provider, Connection> all(CompanyId company) {
        Map<Provider, Connection> all = new EnumMap<>(Provider.class);
        jdbc.sql("SELECT " + COLUMNS + " FROM integration_connections WHERE company_id = ?").param(company.value())
                .query(StoredConnections::connection).list().forEach(c -> all.put(c.provider(), c));
        return all;
    }

    @Override
    public List<Connection> active(Provider provider) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_connections WHERE provider = ? AND status = ? "
                + "AND paused = FALSE ORDER BY connected_at").params(provider.name(), ConnectionStatus.ACTIVE.name())
                .query(StoredConnections::connection).list();
    }

    @Override
    @Transactional
    public void markNeedsReconnect(CompanyId company, Provider provider, String reason) {
        setStatus(company, provider, ConnectionStatus.NEEDS_RECONNECT, reason);
    }

    @Override
    @Transactional
    public void markError(CompanyId company, Provider provider, String reason) {
        setStatus(company, provider, ConnectionStatus.ERROR, reason);
    }

    @Override
    @Transactional
    public void setPaused(CompanyId company, Provider provider, boolean paused) {
        jdbc.sql("UPDATE integration_connections SET paused = ?, updated_at = ? WHERE company_id = ? AND provider = ?")
                .params(paused, now(), company.value(), provider.name()).update();
    }

    /** The tokens without waiting for anyone; what most calls need. */
    Optional<StoredGrant> grant(CompanyId company, Provider provider) {
        return jdbc.sql(grantQuery(false)).params(company.value(), provider.name()).query(this::grant).optional();
    }

    /**
     * The tokens with the row locked until the surrounding transaction ends, so that only one thread on any
     * node refreshes a connection at a time. Must run inside a transaction.
     */
    Optional<StoredGrant> lockGrant(CompanyId company, Provider provider) {
        return jdbc.sql(grantQuery(true)).params(company.value(), provider.name()).query(this::grant).optional();
    }

    /** Stores a refreshed grant; a provider that did not rotate the refresh token keeps the old one. */
    void saveRefreshed(UUID connection, Grant grant) {
        jdbc.sql("""
                UPDATE integration_connections SET sealed_access_token = ?,
                  sealed_refresh_token = COALESCE(?, sealed_refresh_token), access_expires_at = ?,
                  refresh_expires_at = COALESCE(?, refresh_expires_at), refreshed_at = ?, updated_at = ?
                WHERE id = ?""")
                .params(seal.seal(grant.accessToken()), seal.seal(grant.refreshToken()), at(grant.accessExpiresAt()),
                        at(grant.refreshExpiresAt()), now(), now(), connection)
                .update();
    }

    /** Inserts the row of a first connection; the caller holds no lock because there is no row yet. */
    UUID insert(CompanyId company, Provider provider) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO integration_connections (id, company_id, provider, status, paused, updated_at)
                VALUES (?, ?, ?, ?, FALSE, ?)""")
                .params(id, company.value(), provider.name(), ConnectionStatus.NOT_CONNECTED.name(), now()).update();
        return id;
    }

    /** Locks the row for an activation or a disconnect; empty when the company never connected. */
    Optional<Connection> lock(CompanyId company, Provider provider) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_connections WHERE company_id = ? AND provider = ? "
                + "FOR UPDATE").params(company.value(), provider.name()).query(StoredConnections::connection).optional();
    }

    void activate(UUID connection, ConnectionStatus status, ProviderEnvironment environment, AccountLookup.Account account,
            String by, Grant grant, String reason) {
        jdbc.sql("""
                UPDATE integration_connections SET status = ?, environment = ?, account_id = ?, account_name = ?,
                  account_connection_id = ?, connected_by = ?,
                  connected_at = ?, status_reason = ?, sealed_access_token = ?, sealed_refresh_token = ?,
                  access_expires_at = ?, refresh_expires_at = ?, granted_scopes = ?, refreshed_at = ?, updated_at = ?
                WHERE id = ?""")
                .params(status.name(), environment.name(), account.id(), account.name(), account.connectionId(), by, now(), reason,
                        seal.seal(grant.accessToken()),
                        seal.seal(grant.refreshToken()), at(grant.accessExpiresAt()), at(grant.refreshExpiresAt()),
                        String.join(" ", grant.grantedScopes()), now(), now(), connection)
                .update();
    }

    /** Forgets the tokens and keeps account, links and history; the card turns grey with the reason. */
    void end(UUID connection, String reason) {
        jdbc.sql("""
                UPDATE integration_connections SET status = ?, status_reason = ?, sealed_access_token = NULL,
                  sealed_refresh_token = NULL, access_expires_at = NULL, refresh_expires_at = NULL, updated_at = ?
                WHERE id = ?""")
                .params(ConnectionStatus.NOT_CONNECTED.name(), reason, now(), connection).update();
    }

    /** Keeps the status and says why, for failures that do not change what the connection can do. */
    void explain(UUID connection, String reason) {
        jdbc.sql("UPDATE integration_connections SET status_reason = ?, updated_at = ? WHERE id = ?")
                .params(reason, now(), connection).update();
    }

    private void setStatus(CompanyId company, Provider provider, ConnectionStatus status, String reason) {
        jdbc.sql("UPDATE integration_connections SET status = ?, status_reason = ?, updated_at = ? "
                + "WHERE company_id = ? AND provider = ? AND status <> ?")
                .params(status.name(), reason, now(), company.value(), provider.name(),
                        ConnectionStatus.NOT_CONNECTED.name())
                .update();
    }

    private static String grantQuery(boolean lock) {
        return "SELECT id, status, account_id, account_connection_id, sealed_access_token, sealed_refresh_token, access_expires_at, "
                + "environment FROM integration_connections WHERE company_id = ? AND provider = ?" + (lock ? " FOR UPDATE" : "");
    }

    private StoredGrant grant(ResultSet rs, int row) throws SQLException {
        String environment = rs.getString("environment");
        return new StoredGrant(rs.getObject("id", UUID.class), ConnectionStatus.valueOf(rs.getString("status")),
                rs.getString("account_id"), rs.getString("account_connection_id"), seal.open(rs.getString("sealed_access_token")),
                seal.open(rs.getString("sealed_refresh_token")), instant(rs, "access_expires_at"),
                environment == null ? null : ProviderEnvironment.valueOf(environment));
    }

    private static Connection connection(ResultSet rs, int row) throws SQLException {
        return new Connection(rs.getObject("id", UUID.class), new CompanyId(rs.getObject("company_id", UUID.class)),
                Provider.valueOf(rs.getString("provider")), ConnectionStatus.valueOf(rs.getString("status")),
                rs.getString("account_id"), rs.getString("account_name"), rs.getString("connected_by"),
                instant(rs, "connected_at"), rs.getString("status_reason"), rs.getBoolean("paused"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
