package dev.cove.mail;

import java.util.UUID;

/**
 * A mail to deliver after the caller's transaction: who gets it, its subject, the name of its
 * attachment (or null) and the record it is about. Its content is composed at delivery by the
 * {@link MailContent} of {@code subjectType}.
 */
public record QueuedMail(String to, String subject, String attachment, String subjectType, UUID subjectId) {
}
