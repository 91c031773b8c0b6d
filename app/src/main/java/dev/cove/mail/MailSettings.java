package dev.cove.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cove.mail.*}: with {@code embedded} (the default) Cove runs its own GreenMail SMTP server
 * on {@code embeddedPort} (0 picks a free port) and captures every mail; otherwise mail goes to the
 * server configured with {@code spring.mail.*}. {@code from} is the sender address of every mail.
 */
@ConfigurationProperties("cove.mail")
record MailSettings(@DefaultValue("true") boolean embedded, @DefaultValue("3025") int embeddedPort,
        @DefaultValue("billing@cove.local") String from) {
}
