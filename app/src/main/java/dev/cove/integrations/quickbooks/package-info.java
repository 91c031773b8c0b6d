/**
 * QuickBooks Online: the thin typed client, the mapping, the pre-sync matching and the webhook
 * reading. Nothing here keeps state or talks to the database; the sync engine calls it with a
 * token from the vault and a {@code requestid} it derives from task and generation.
 *
 * <p>Decisions, so the next person sees them:
 * <ul>
 * <li>{@link dev.cove.integrations.quickbooks.QuickBooksClient} is the JDK {@code HttpClient} with
 * Jackson 3 records ({@code Qbo*}) in QuickBooks' UpperCamelCase, nulls left out, unknown fields
 * ignored; {@code minorversion=75} on every call. The base URL is configuration only
 * ({@code cove.integrations.quickbooks.api-base-url}); empty means the mounted sandbox when
 * {@code cove.sandbox.enabled=true}, else production.</li>
 * <li>Every failure is a {@link dev.cove.integrations.quickbooks.QuickBooksFault}: TRANSIENT (no
 * response, timeouts, 5xx, 429/3001 with Retry-After or 60 s), NEEDS_RECONNECT (401/3200,
 * 403/3100, 120, 6190), PERMANENT (everything else, e.g. 6240, 6000, 2020, 2500, 610). 5010 is
 * PERMANENT with {@code staleObject()}: re-read, reapply, retry once. The client never retries by
 * itself: retry policy belongs to the engine.</li>
 * <li>Only billing identity crosses: a customer's display name, company, email, phone, billing
 * address and active flag; an invoice line's service date, short description, quantity, price and
 * item. Visit readings, photos and notes, customer notes and language, invoice notes and route
 * data never leave Cove (tested on the serialized JSON).</li>
 * <li>Colons become hyphens in list names (QuickBooks reserves them for sub-customers). Inventory
 * items are created with {@code QtyOnHand=0} from their start date: Cove does not count stock.</li>
 * <li>Tax: US companies get {@code TAX}/{@code NON} lines and the mapped code in
 * {@code TxnTaxDetail}, or under automated sales tax Cove's tax total; other companies get the
 * mapped code (or the exempt code) on every line with {@code TaxExcluded}.</li>
 * <li>{@link dev.cove.integrations.quickbooks.PayloadHash} hashes the mapped payload, so a change
 * to fields that never leave Cove does not cause a push.</li>
 * </ul>
 */
package dev.cove.integrations.quickbooks;
