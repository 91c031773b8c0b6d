package dev.cove.mail;

import java.util.Arrays;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server Cove runs when {@code cove.mail.embedded=true}: it accepts every mail on
 * loopback and keeps it in memory, so the Outbox page can show what was really sent. Started when
 * the bean is created (before the mail sender needs its port), stopped with the context.
 */
class EmbeddedSmtp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final GreenMail greenMail;

    EmbeddedSmtp(MailSettings settings) {
        greenMail = new GreenMail(new ServerSetup(settings.embeddedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        log.info("Embedded SMTP server (GreenMail) listening on 127.0.0.1:{}", port());
    }

    /** The port actually bound, also when 0 was configured. */
    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The captured message with this Message-ID, if this server received it since it started. */
    Optional<MimeMessage> find(String messageId) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> messageId.equals(idOf(m))).findFirst();
    }

    private static String idOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
