/**
 * QuickBooks Online: the thin typed client, the mapping, the pre-sync matching, the webhook
 * reading, and the outbound sync (adapter, settings, realm lists, the QuickBooks tab). The client and
 * the mappings keep no state; the sync engine calls the adapter with a token from the vault and a
 * {@code requestid} it derives from link and generation. The inbound side lives in {@code .inbound}
 * and reads directions through {@link dev.cove.integrations.quickbooks.QuickBooksSetups}.
 *
 * <p>Decisions, so the next person sees them:
 * <ul>
 * <li>{@link dev.cove.integrations.quickbooks.QuickBooksClient} is the JDK {@code HttpClient} with
 * Jackson 3 records ({@code Qbo*}) in QuickBooks' UpperCamelCase, nulls left out, unknown fields
 * ignored; {@code minorversion=75} on every call. The base URL is configuration only
 * ({@code cove.integrations.quickbooks.api-base-url}); empty means the API of the environment the
 * token's connection was made in (the mounted sandbox, Intuit's sandbox or production: the
 * company's own choice in Settings, else {@code cove.integrations.providers.quickbooks.environment}),
 * which the connection records when it is made.</li>
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
 * <li><b>Outbound sync</b> ({@code QuickBooksAdapter}, a {@code SyncAdapter}): customers, items,
 * invoices, payments and refunds in that order. The body the engine hashes and stores is an
 * {@code OutboundSnapshot} of the Cove facts (without notes, language, paid amounts or timestamps)
 * plus the settings version; the push maps it with the settings and links current then, so a saved
 * setting re-pushes what it affects on the next run and a retry repeats the same facts under the
 * same {@code requestid}. Create when the link has no remote id, else a sparse update; 5010 re-reads
 * and retries once under {@code key-r}; voids go through {@code operation=void} (a never-pushed
 * voided invoice is created first, so both books show it voided).</li>
 * <li><b>References</b> ({@code Dependencies}): a missing customer, item or invoice is queued through
 * {@code SyncRequests} and the referring record waits (transient); one QuickBooks refused makes the
 * referring record fail with that refusal. 6240 is a PERMANENT conflict that quotes QuickBooks'
 * message; Cove never invents "Name (2)".</li>
 * <li><b>Settings</b> ({@code QuickBooksSetups}, tables of V8): sync start date (customers, invoices,
 * payments; a customer is still pushed when one of its in-scope invoices needs it), payment methods
 * that sync (stored as the unticked ones, so new methods sync), deposit and refund accounts (Bank or
 * Other Current Asset only), income account per category, tax code per Cove tax rate, exempt code
 * (non-US), the item of visit lines, directions. Out-of-scope records render as nothing (the engine
 * logs them GONE and sends nothing). Unset settings mean the realm's defaults ({@code RealmCatalogue}):
 * first Bank account, "Services" income account, a "Services" item (created if the realm has none),
 * the combined US code or the first taxed non-US code, the exempt code.</li>
 * <li><b>Pages never call QuickBooks</b>: the realm's lists and tax model are read after connect
 * (a module listener, off the request thread) and by the first push, and kept in
 * {@code quickbooks_catalogue}/{@code quickbooks_realms}.</li>
 * <li><b>Schedule</b>: invoices when sent, updated or voided, payments when received, refunds when
 * issued (the engine's triggers); customers and items by the engine's recurring run
 * ({@code cove.sync.scheduled-runs}, which is one interval for all providers).</li>
 * </ul>
 */
package dev.cove.integrations.quickbooks;
