package dev.cove.mail;

import java.util.UUID;

/**
 * A mail to send. {@code htmlBody} and {@code attachment} may be null; {@code subjectType} and
 * {@code subjectId} (e.g. {@code "invoice"} and its id) say what the mail is about and may be null.
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody, Attachment attachment,
        String subjectType, UUID subjectId) {
}
