package dev.cove.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A real embedded GreenMail server on a free port: what it keeps of the mail it captured. */
class EmbeddedSmtpTest {

    @Test
    void keepsOnlyTheMostRecentMessagesUpToItsRetention() throws Exception {
        MailSettings settings = new MailSettings(true, 0, 3, "billing@cove.local",
                new MailSettings.Delivery(Duration.ofSeconds(10), Duration.ofHours(1), 8, 1),
                new MailSettings.Connection(Duration.ofSeconds(30), 100));
        EmbeddedSmtp server = new EmbeddedSmtp(settings);
        try {
            JavaMailSenderImpl sender = MailConfiguration.loopbackSender(server.port(), settings.from());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String id = "<" + UUID.randomUUID() + "@cove.local>";
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom("billing@cove.local");
                // Two mailboxes: the oldest are found across both.
                helper.setTo(i % 2 == 0 ? "ana@example.com" : "ben@example.com");
                helper.setSubject("Mail " + i);
                helper.setText("Hello " + i);
                message.setHeader("Message-ID", id);
                sender.send(message);
                ids.add(id);
                Thread.sleep(3);
            }

            assertThat(server.trim()).isEqualTo(2);

            assertThat(server.find(ids.get(0))).isEmpty();
            assertThat(server.find(ids.get(1))).isEmpty();
            assertThat(ids.subList(2, 5)).allSatisfy(id -> assertThat(server.find(id)).isPresent());
            assertThat(server.trim()).isZero();
        } finally {
            server.destroy();
        }
    }
}
