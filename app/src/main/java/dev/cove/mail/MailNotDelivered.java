package dev.cove.mail;

/**
 * The SMTP server refused the mail or could not be reached; nothing was recorded as sent. The
 * caller decides what to do: the API answers 502 with a problem (see {@code MailProblems}).
 */
public class MailNotDelivered extends RuntimeException {

    public MailNotDelivered(String message, Throwable cause) {
        super(message, cause);
    }
}
