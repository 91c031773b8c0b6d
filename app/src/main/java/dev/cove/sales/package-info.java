/**
 * Sales: leads (people who might become customers) and quotes for customers.
 *
 * <p>Decisions kept here so the next person sees them:
 * <ul>
 * <li>A line's amount is quantity times unit price rounded half-up to cents; the total is the sum
 * of the rounded amounts, so it always equals what the lines show. No tax on quotes yet.</li>
 * <li>Accepting is allowed from DRAFT or SENT, exactly once: accepting an accepted or declined
 * quote is refused with 409 and publishes nothing. The conditional update makes two racing
 * accepts publish one {@link dev.cove.sales.QuoteAccepted}.</li>
 * <li>A line's {@code itemId} is checked against the company's items table directly until the
 * items module offers a public lookup.</li>
 * </ul>
 */
package dev.cove.sales;
