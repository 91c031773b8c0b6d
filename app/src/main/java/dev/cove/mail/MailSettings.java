package dev.cove.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cove.mail.*}: with {@code embedded} (the default) Cove runs its own GreenMail SMTP server
 * on {@code embeddedPort} (0 picks a free port) and captures every mail, keeping the last
 * {@code embeddedRetention} messages; otherwise mail goes to the
 * server configured with {@code spring.mail.*}. {@code from} is the sender address of every mail.
 * {@code delivery} is the retry policy of queued mail; {@code connection} how long an SMTP connection
 * is kept open for the next mail ({@link SmtpConnections}).
 */
@ConfigurationProperties("cove.mail")
record MailSettings(@DefaultValue("true") boolean embedded, @DefaultValue("3025") int embeddedPort,
        @DefaultValue("1000") int embeddedRetention,
        @DefaultValue("billing@cove.local") String from, @DefaultValue Delivery delivery,
        @DefaultValue Connection connection) {

    MailSettings {
        if (embeddedRetention < 1) {
            throw new IllegalArgumentException("cove.mail.embedded-retention must be at least 1, was " + embeddedRetention);
        }
    }

    /**
     * A failed delivery is tried again after {@code firstRetry}, each further wait doubling up to
     * {@code maxRetryDelay}; after {@code maxAttempts} attempts in all the mail is {@code FAILED}.
     * At most {@code concurrency} mails are composed and sent at once (the others wait their turn):
     * rendering a PDF is CPU work, and a burst of queued mail must not take every core from the
     * requests being served.
     */
    record Delivery(@DefaultValue("PT10S") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetryDelay,
            @DefaultValue("8") int maxAttempts, @DefaultValue("1") int concurrency) {

        Delivery {
            if (concurrency < 1) {
                throw new IllegalArgumentException("cove.mail.delivery.concurrency must be at least 1, was " + concurrency);
            }
        }

        Duration delayAfter(int failures) {
            Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
            return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
        }
    }

    /**
     * An SMTP connection is reused for the next mail while it has been idle at most {@code keepAlive}
     * and has carried fewer than {@code maxMessages} mails (1: a connection per mail).
     */
    record Connection(@DefaultValue("PT30S") Duration keepAlive, @DefaultValue("100") int maxMessages) {

        Connection {
            if (maxMessages < 1) {
                throw new IllegalArgumentException("cove.mail.connection.max-messages must be at least 1, was " + maxMessages);
            }
        }
    }
}
