package dev.cove.mail;

import java.util.UUID;

import dev.cove.shared.CompanyId;

/**
 * Composes the content of queued mail about one kind of record (e.g. an invoice's text and PDF),
 * at delivery time, on the delivery thread. A module that queues mail offers one as a bean.
 */
public interface MailContent {

    /** The {@link QueuedMail#subjectType()} this composes. */
    String subjectType();

    /** The bodies and attachment for the record; throws if it cannot (the delivery is retried). */
    Body compose(CompanyId company, UUID subjectId);

    /** A text body, an optional HTML body and an optional attachment. */
    record Body(String textBody, String htmlBody, Attachment attachment) {
    }
}
