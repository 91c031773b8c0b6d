package dev.cove.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail the company sent or queued. {@code messageId} is the RFC 5322 Message-ID the SMTP server
 * receives; {@code attachment} is the attached file's name or null; {@code subjectType} and
 * {@code subjectId} may be null. {@code sentAt} is when the server accepted it, or when it was
 * queued while {@code status} is not {@code SENT}; {@code failure} is the last attempt's reason or null.
 */
public record SentMail(UUID id, String recipient, String subject, String messageId, String attachment,
        String subjectType, UUID subjectId, Instant sentAt, MailStatus status, String failure) {
}
