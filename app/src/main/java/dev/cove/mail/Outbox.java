package dev.cove.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import dev.cove.shared.CompanyId;
import dev.cove.shared.RecordNotFound;

/**
 * Sends the company's mail and keeps a log of it. {@link #send} talks to the SMTP server on the
 * caller's thread and records the mail only once the server has accepted it. {@link #queue} records
 * the mail as queued in the caller's transaction and {@link MailDelivery} sends it afterwards; the
 * log says which mail the server has accepted ({@link MailStatus}), so it never claims more.
 */
@Service
public class Outbox {

    static {
        // Jakarta Mail looks its StreamProvider up through ServiceLoader on every message part it
        // builds or parses unless this property names it; in a packaged Boot jar that scan of every
        // nested jar cost a third of the CPU of sending an invoice.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }


    private static final String COLUMNS =
            "id, recipient, subject, message_id, attachment, subject_type, subject_id, sent_at, status, failure";

    private final SmtpConnections smtp;
    private final MailSettings settings;
    private final JdbcClient jdbc;
    private final MailDeliveries deliveries;

    Outbox(SmtpConnections smtp, MailSettings settings, JdbcClient jdbc, MailDeliveries deliveries) {
        this.smtp = smtp;
        this.settings = settings;
        this.jdbc = jdbc;
        this.deliveries = deliveries;
    }

    /**
     * Sends the mail from {@code cove.mail.from} on the caller's thread and records it for the
     * company (joining the caller's transaction if there is one). Not idempotent: each call sends a mail.
     *
     * @throws MailNotDelivered if the SMTP server refused the mail or could not be reached;
     *         nothing is recorded then
     */
    public SentMail send(CompanyId company, OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        String messageId = messageId(id);
        transmit(messageId, mail.to(), mail.subject(), new MailContent.Body(mail.textBody(), mail.htmlBody(), mail.attachment()));
        SentMail sent = new SentMail(id, mail.to(), abbreviate(mail.subject(), 300), messageId,
                mail.attachment() == null ? null : abbreviate(mail.attachment().filename(), 200), mail.subjectType(),
                mail.subjectId(), now(), MailStatus.SENT, null);
        insert(company, sent);
        return sent;
    }

    /**
     * Records the mail as {@code QUEUED} and schedules its delivery, both in the caller's transaction
     * (so the mail is queued exactly when the caller's change commits). {@link MailDelivery} then
     * composes it with the {@link MailContent} of its subject type and sends it, retrying on failure.
     */
    public SentMail queue(CompanyId company, QueuedMail mail) {
        UUID id = UUID.randomUUID();
        SentMail queued = new SentMail(id, mail.to(), abbreviate(mail.subject(), 300), messageId(id),
                mail.attachment() == null ? null : abbreviate(mail.attachment(), 200), mail.subjectType(),
                mail.subjectId(), now(), MailStatus.QUEUED, null);
        insert(company, queued);
        deliveries.schedule(company, id);
        return queued;
    }

    /**
     * Hands a queued mail to the SMTP server with its recorded recipient, subject and Message-ID,
     * then marks it sent; a mail no longer queued is left alone (false).
     *
     * @throws MailNotDelivered if the server refused it or could not be reached
     */
    boolean deliver(CompanyId company, SentMail queued, MailContent.Body body) {
        if (queued.status() != MailStatus.QUEUED) {
            return false;
        }
        transmit(queued.messageId(), queued.recipient(), queued.subject(), body);
        return jdbc.sql("UPDATE sent_mail SET status = 'SENT', sent_at = ?, failure = NULL"
                        + " WHERE company_id = ? AND id = ? AND status = 'QUEUED'")
                .params(now(), company.value(), queued.id()).update() == 1;
    }

    /** Notes why an attempt failed; {@code last} marks the mail {@code FAILED} for good. */
    void attemptFailed(CompanyId company, UUID id, String reason, boolean last) {
        jdbc.sql("UPDATE sent_mail SET status = ?, failure = ? WHERE company_id = ? AND id = ? AND status = 'QUEUED'")
                .params(last ? MailStatus.FAILED.name() : MailStatus.QUEUED.name(),
                        abbreviate(reason == null ? "unknown failure" : reason, 500), company.value(), id)
                .update();
    }

    private void transmit(String messageId, String to, String subject, MailContent.Body body) {
        try {
            MimeMessage message = smtp.createMimeMessage();
            boolean multipart = body.attachment() != null || body.htmlBody() != null;
            MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            String text = body.textBody() == null ? "" : body.textBody();
            if (body.htmlBody() != null) {
                helper.setText(text, body.htmlBody());
            } else {
                helper.setText(text);
            }
            if (body.attachment() != null) {
                Attachment a = body.attachment();
                helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
                // Base64 always: a 7bit-looking attachment would otherwise get its line endings rewritten.
                MimeMultipart root = helper.getRootMimeMultipart();
                root.getBodyPart(root.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
            }
            // Our own Message-ID (the sender keeps it) lets the Outbox page find the captured copy.
            message.setHeader("Message-ID", messageId);
            smtp.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailNotDelivered("Mail to " + to + " was not delivered: " + e.getMessage(), e);
        }
    }

    private void insert(CompanyId company, SentMail mail) {
        jdbc.sql("INSERT INTO sent_mail (company_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(company.value(), mail.id(), mail.recipient(), mail.subject(), mail.messageId(), mail.attachment(),
                        mail.subjectType(), mail.subjectId(), mail.sentAt(), mail.status().name(), mail.failure())
                .update();
    }

    private String messageId(UUID id) {
        return "<" + id + "@" + domainOf(settings.from()) + ">";
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The company's most recent mail, newest first; at most {@code limit} of them. */
    public List<SentMail> recent(CompanyId company, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sent_mail WHERE company_id = ? ORDER BY sent_at DESC, id LIMIT ?")
                .params(company.value(), Math.max(0, limit)).query(Outbox::map).list();
    }

    /** The company's sent mail; {@link RecordNotFound} if absent or another company's. */
    SentMail get(CompanyId company, UUID id) {
        return find(company, id).orElseThrow(() -> new RecordNotFound("Mail", id));
    }

    Optional<SentMail> find(CompanyId company, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sent_mail WHERE company_id = ? AND id = ?")
                .params(company.value(), id).query(Outbox::map).optional();
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "cove.local" : address.substring(at + 1).replace(">", "").trim();
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static SentMail map(ResultSet rs, int row) throws SQLException {
        return new SentMail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("message_id"), rs.getString("attachment"), rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class), rs.getTimestamp("sent_at").toInstant(),
                MailStatus.valueOf(rs.getString("status")), rs.getString("failure"));
    }
}
