package dev.cove.mail;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands mail to the SMTP server over connections kept open between mails ({@code cove.mail.connection.*}):
 * opening one per mail (TCP, greeting, HELO, QUIT, and a thread on the embedded server) cost about as
 * much as the rest of a delivery. A kept connection is reused while it is younger than
 * {@code keepAlive} since its last mail, has carried fewer than {@code maxMessages}, and answers a
 * NOOP; otherwise it is closed and a new one opened. A failed send closes its connection and is
 * reported as usual, never retried here. A sender that is not a {@link JavaMailSenderImpl} (or
 * {@code maxMessages} of 1) sends each mail on its own connection.
 */
@Component
class SmtpConnections implements DisposableBean {

    private final JavaMailSender sender;
    private final MailSettings.Connection policy;
    private final Deque<Kept> idle = new ArrayDeque<>();

    SmtpConnections(JavaMailSender sender, MailSettings settings) {
        this.sender = sender;
        this.policy = settings.connection();
    }

    MimeMessage createMimeMessage() {
        return sender.createMimeMessage();
    }

    void send(MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl impl) || policy.maxMessages() <= 1) {
            sender.send(message);
            return;
        }
        prepare(message);
        Kept connection = take(impl);
        Address[] recipients = message.getAllRecipients();
        try {
            connection.transport().sendMessage(message, recipients == null ? new Address[0] : recipients);
        } catch (MessagingException | RuntimeException e) {
            close(connection.transport());
            throw e;
        }
        give(new Kept(connection.transport(), connection.sent() + 1, System.nanoTime()));
    }

    /** As {@link JavaMailSenderImpl} does before sending: a date, and the Message-ID the caller set kept. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    private Kept take(JavaMailSenderImpl impl) throws MessagingException {
        while (true) {
            Kept kept;
            synchronized (idle) {
                kept = idle.pollFirst();
            }
            if (kept == null) {
                Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
                transport.connect(impl.getHost(), impl.getPort(), blankAsNull(impl.getUsername()),
                        blankAsNull(impl.getPassword()));
                return new Kept(transport, 0, System.nanoTime());
            }
            if (System.nanoTime() - kept.lastUsed() <= policy.keepAlive().toNanos() && kept.transport().isConnected()) {
                return kept;
            }
            close(kept.transport());
        }
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void give(Kept kept) {
        if (kept.sent() >= policy.maxMessages()) {
            close(kept.transport());
            return;
        }
        synchronized (idle) {
            idle.addFirst(kept);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // nothing to release
        }
    }

    @Override
    public void destroy() {
        synchronized (idle) {
            idle.forEach(k -> close(k.transport()));
            idle.clear();
        }
    }

    private record Kept(Transport transport, int sent, long lastUsed) {
    }
}
