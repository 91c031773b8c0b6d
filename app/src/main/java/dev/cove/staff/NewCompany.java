package dev.cove.staff;

/**
 * What it takes to open a company in Cove: its first staff member and, optionally, a fixed API
 * key (for scripts and demos; {@code null} makes a random one).
 */
public record NewCompany(String name, String currency, String staffEmail, String staffName, String password,
        String apiKey) {
}
