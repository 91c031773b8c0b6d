package dev.cove.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail the company sent. {@code messageId} is the RFC 5322 Message-ID the SMTP server received;
 * {@code attachment} is the attached file's name or null; {@code subjectType} and {@code subjectId}
 * may be null.
 */
public record SentMail(UUID id, String recipient, String subject, String messageId, String attachment,
        String subjectType, UUID subjectId, Instant sentAt) {
}
