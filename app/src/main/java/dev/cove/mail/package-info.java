/**
 * Outgoing mail. {@link dev.cove.mail.Outbox} sends over SMTP with Spring's {@code JavaMailSender}
 * and logs each accepted mail in {@code sent_mail}, per company. By default
 * ({@code cove.mail.embedded=true}) Cove runs a GreenMail SMTP server on loopback and the sender
 * points at the port it actually bound; the Outbox page (/mail) then shows each captured message,
 * found by the Message-ID Cove assigns ({@code <sent-mail-id@from-domain>}), and serves its
 * attachment from the captured MIME. Captured mail lives in memory only: after a restart the log
 * remains but the messages are gone. With {@code cove.mail.embedded=false} mail goes to the
 * {@code spring.mail.*} server and the page lists the log only.
 */
package dev.cove.mail;
