/**
 * Stripe Connect: companies take invoice payments on their own Stripe account, as direct charges.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li><b>Onboarding with Account Links</b>, not OAuth (Stripe discourages OAuth for new platforms): Cove creates
 * the connected account with controller properties (full Stripe Dashboard, the account pays Stripe's fees)
 * and sends the user to hosted onboarding. The return proves nothing, so the account is re-read; the card is
 * ACTIVE only with details submitted, charges enabled and nothing due, else SETUP_INCOMPLETE with what Stripe
 * needs and a Resume setup button (a new single-use link). {@code account.updated} keeps it current;
 * {@code account.application.deauthorized} and Disconnect turn it grey and keep every record. Test and live
 * mode are separate accounts; the connection row lives in the hub's {@code integration_connections}.</li>
 * <li><b>Pay now</b> ({@link dev.cove.invoicing.PayNowLinks}) is a Cove link with a random per-invoice token,
 * open without login ({@code /pay/**}). It shows the balance and any card-fee surcharge before paying,
 * then opens Checkout on the connected account ({@code Stripe-Account}, platform fee from settings). The
 * Idempotency-Key names invoice, balance, surcharge and attempt; an open session is reused, a completed one is
 * synced instead of charging twice, and a paid invoice's link says it is paid.</li>
 * <li><b>Webhooks</b>: {@code POST /webhooks/stripe} checks {@code Stripe-Signature} over the raw bytes with
 * each mode's secret (sealed in {@code stripe_webhook_secrets}, or from settings), stores the event by id
 * (primary key: duplicates are answered 200 and dropped) and answers. Handling runs on a small pool right
 * away and, durably, from the {@code stripe-events} db-scheduler task for whatever failed or never ran; only
 * a handled event counts as done.</li>
 * <li><b>One sync for every payment event</b>: whatever the event (checkout completed, PaymentIntent
 * succeeded, charge refunded, refund created), Cove re-reads the PaymentIntent and its refunds and adds what is
 * missing: a payment once per PaymentIntent ({@code stripe_payments} primary key) through
 * {@link dev.cove.payments.Payments#record}, so it is a {@code PaymentReceived} like any other and reaches the
 * books the same way; a refund once per Stripe refund id. It only ever adds, so order and duplicates do not
 * matter, and nothing moves an invoice backwards. Refunds made in Stripe's dashboard arrive the same way.</li>
 * <li><b>Fees</b>: every fee line of the balance transaction (Stripe fee, application fee, pass-through, tax)
 * is kept in {@code stripe_fees}, with fee and net on the payment. A surcharge (card fee passed on, an
 * opt-in per company) is a separate Checkout line; it is kept on the Stripe payment and never applied to the
 * invoice.</li>
 * <li><b>A payment Cove cannot apply</b> (the invoice was paid by other means or voided meanwhile) is kept
 * with the reason and no Cove payment, for staff to refund; it is never forced onto the invoice.</li>
 * <li><b>Cards on file without paying</b> ({@link dev.cove.integrations.stripe.CardSetups}): staff send a
 * card-saving link (customer page, or {@code POST /api/v1/integrations/stripe/customers/{id}/card-link}), a
 * stable token per customer under {@code /pay/cards/**}, mailed through the Outbox. Opening it starts Checkout
 * in {@code mode=setup} on the connected account for the customer's Stripe Customer (nothing is charged, so no
 * session is reused). {@code setup_intent.succeeded} and the setup session's {@code checkout.session.completed}
 * both re-read the SetupIntent; only a succeeded one for a Stripe Customer Cove created is recorded (once per
 * SetupIntent, {@code stripe_card_setups}) and its card becomes the customer's default on Stripe, which is the
 * card "Charge saved card" uses first. A declined card never reaches Cove: Stripe attaches nothing.</li>
 * <li><b>Reconciliation</b> ({@code stripe-reconcile}, recurring) lists each connected account's recent
 * PaymentIntents and refunds and syncs those Cove has not recorded: the repair for lost webhooks.</li>
 * </ul>
 */
package dev.cove.integrations.stripe;
