/**
 * Per-company settings the back office bills with: tax rates, payment terms and payment methods.
 * A new company gets defaults (see {@link dev.cove.settings.SettingsDefaults}); the default term is
 * marked in {@code payment_terms.is_default} (migration V3) and cannot be deactivated. Entries are
 * never deleted, only deactivated, because invoices and payments keep pointing at them. Names are
 * unique per company among active entries, so a deactivated name can be reused.
 */
package dev.cove.settings;
