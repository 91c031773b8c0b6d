package dev.cove.mail;

/**
 * Where a logged mail stands: {@code QUEUED} until the SMTP server accepts it (a failed attempt
 * leaves it queued with the reason, for the next attempt), then {@code SENT}; {@code FAILED} once
 * every attempt the delivery policy allows has failed.
 */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
