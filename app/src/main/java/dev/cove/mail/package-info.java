/**
 * Outgoing mail. {@link dev.cove.mail.Outbox} logs every mail in {@code sent_mail}, per company, and
 * either sends it on the caller's thread ({@code send}: logged only once the server accepted it) or
 * queues it ({@code queue}: logged as {@code QUEUED} in the caller's transaction, with a db-scheduler
 * delivery task). Invoices are queued, so sending one costs its request no PDF rendering and no SMTP
 * round trip: {@link dev.cove.mail.MailDelivery} composes the mail at delivery through the
 * {@link dev.cove.mail.MailContent} of its subject type, sends it and marks it {@code SENT}; failures
 * are noted on the mail and retried on {@code cove.mail.delivery.*}, after the last attempt the mail
 * is {@code FAILED}. The Outbox page shows each mail's status, so it never claims a delivery that has
 * not happened. Delivery is at least once: a crash between the server's acceptance and the status
 * update sends the mail again, with the same Message-ID.
 *
 * <p>By default ({@code cove.mail.embedded=true}) Cove runs a GreenMail SMTP server on loopback and
 * the sender points at the port it actually bound; the Outbox page (/mail) then shows each captured
 * message, found by the Message-ID Cove assigns ({@code <sent-mail-id@from-domain>}), and serves its
 * attachment from the captured MIME. Captured mail lives in memory only: after a restart the log
 * remains but the messages are gone. With {@code cove.mail.embedded=false} mail goes to the
 * {@code spring.mail.*} server and the page lists the log only.
 */
package dev.cove.mail;
