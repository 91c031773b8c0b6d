/**
 * The QuickBooks Online Accounting API v3 sandbox, mounted under {@code /sandbox/quickbooks} (see
 * {@code shared/reference/quickbooks.md} for the behaviour it copies).
 *
 * <p>Where it knowingly differs from, or guesses at, the real service:
 * <ul>
 * <li>Responses are always JSON (the real API answers XML unless {@code Accept: application/json}); XML faults
 * are not offered.</li>
 * <li>A 401 uses the same capitalised {@code Fault} envelope as every other fault (type {@code AUTHENTICATION},
 * code 3200); Intuit's real 401 body is spelled in lower case.</li>
 * <li>Only Customers are emulated among the names that must be unique; Vendors and Employees do not exist here.
 * A colon in a DisplayName is refused with 6240, as the reference says.</li>
 * <li>Error codes the reference does not pin down use 6000 (business validation): a batch over the operation
 * cap, unsupported operations (deleting a customer, writing a tax code), a {@code changedSince} beyond the
 * look-back, an over-long {@code requestid}. Query syntax errors use 4000.</li>
 * <li>Every refresh rotates the refresh token (Intuit rotates about daily); this is the stricter behaviour.</li>
 * <li>Each committed change sends its own webhook POST (Intuit batches them over a short window).</li>
 * <li>The US company "with data" has automated sales tax switched on at
 * {@code cove.sandbox.quickbooks.automated-sales-tax-percent}; the empty US company uses the manual model with
 * tax code 3 (6% + 1.5%); the Australian company needs tax code 3 (GST 10%) or 4 (GST free) on every line.</li>
 * </ul>
 */
package dev.cove.sandbox.quickbooks;
