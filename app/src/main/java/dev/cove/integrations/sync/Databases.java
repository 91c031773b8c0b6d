package dev.cove.integrations.sync;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database Cove runs on, where the engine uses what only PostgreSQL has. */
final class Databases {

    private Databases() {
    }

    static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database apart", e);
        }
    }
}
