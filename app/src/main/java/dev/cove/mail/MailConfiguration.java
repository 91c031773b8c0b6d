package dev.cove.mail;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With the embedded server on, the mail sender is ours and points at the port GreenMail actually
 * bound (the configured one may be 0). With it off, Spring Boot builds the sender from
 * {@code spring.mail.*} as usual.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cove.mail.embedded", havingValue = "true", matchIfMissing = true)
class MailConfiguration {

    @Bean
    EmbeddedSmtp embeddedSmtp(MailSettings settings) {
        return new EmbeddedSmtp(settings);
    }

    @Bean
    JavaMailSender embeddedMailSender(EmbeddedSmtp smtp, MailSettings settings) {
        return loopbackSender(smtp.port(), settings.from());
    }

    /** A sender for an SMTP server on this machine's loopback, as the embedded one is reached. */
    static JavaMailSenderImpl loopbackSender(int port, String from) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        // GreenMail writes its multi-line EHLO reply in several segments, and the client's wait for the
        // delayed ACK costs ~40 ms per mail. The embedded server offers no extension we use, so HELO.
        properties.setProperty("mail.smtp.ehlo", "false");
        // Named, so that neither the HELO greeting nor the generated Message-ID asks for the host's name.
        properties.setProperty("mail.smtp.localhost", "localhost");
        properties.setProperty("mail.from", from);
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
