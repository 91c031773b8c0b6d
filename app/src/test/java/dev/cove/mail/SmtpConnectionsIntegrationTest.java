package dev.cove.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.MimeMessageHelper;

import dev.cove.IntegrationTest;

/**
 * Mail through {@link SmtpConnections} to the embedded GreenMail server, via a TCP relay that counts
 * the connections the client opens and can cut them as a server would.
 */
@IntegrationTest
class SmtpConnectionsIntegrationTest {

    @Autowired
    EmbeddedSmtp server;

    @Autowired
    MailSettings settings;

    @Test
    void mailsShareAConnectionUntilItHasCarriedItsShare() throws Exception {
        try (Relay relay = new Relay(server.port())) {
            SmtpConnections smtp = connections(relay, Duration.ofSeconds(30), 2);
            List<String> sent = List.of(send(smtp), send(smtp), send(smtp));
            smtp.destroy();

            assertThat(relay.opened()).isEqualTo(2);
            assertThat(sent).allSatisfy(id -> assertThat(server.find(id)).isPresent());
        }
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedBeforeTheNextMail() throws Exception {
        try (Relay relay = new Relay(server.port())) {
            SmtpConnections smtp = connections(relay, Duration.ofSeconds(30), 100);
            String first = send(smtp);
            relay.cutAll();
            String second = send(smtp);
            smtp.destroy();

            assertThat(relay.opened()).isEqualTo(2);
            assertThat(server.find(first)).isPresent();
            assertThat(server.find(second)).isPresent();
        }
    }

    @Test
    void aConnectionIdleLongerThanTheKeepAliveIsNotReused() throws Exception {
        try (Relay relay = new Relay(server.port())) {
            SmtpConnections smtp = connections(relay, Duration.ZERO, 100);
            send(smtp);
            Thread.sleep(5);
            send(smtp);
            smtp.destroy();

            assertThat(relay.opened()).isEqualTo(2);
        }
    }

    @Test
    void oneMessagePerConnectionSendsEachMailOnItsOwn() throws Exception {
        try (Relay relay = new Relay(server.port())) {
            SmtpConnections smtp = connections(relay, Duration.ofSeconds(30), 1);
            String first = send(smtp);
            String second = send(smtp);

            assertThat(relay.opened()).isEqualTo(2);
            assertThat(server.find(first)).isPresent();
            assertThat(server.find(second)).isPresent();
        }
    }

    private SmtpConnections connections(Relay relay, Duration keepAlive, int maxMessages) {
        return new SmtpConnections(MailConfiguration.loopbackSender(relay.port(), settings.from()), new MailSettings(settings.embedded(), settings.embeddedPort(), settings.embeddedRetention(), settings.from(),
                settings.delivery(), new MailSettings.Connection(keepAlive, maxMessages)));
    }

    /** Sends a small mail with a Message-ID of its own and returns that id. */
    private static String send(SmtpConnections smtp) throws MessagingException {
        String messageId = "<" + UUID.randomUUID() + "@cove.local>";
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("billing@cove.local");
        helper.setTo("pool@example.com");
        helper.setSubject("Connection test");
        helper.setText("Hello");
        message.setHeader("Message-ID", messageId);
        smtp.send(message);
        return messageId;
    }

    /** Forwards every connection it accepts to the target port; counts them and can cut them all. */
    private static final class Relay implements AutoCloseable {

        private final ServerSocket listener;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        private final AtomicInteger opened = new AtomicInteger();

        Relay(int target) throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        opened.incrementAndGet();
                        sockets.add(client);
                        sockets.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "smtp-relay");
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int opened() {
            return opened.get();
        }

        void cutAll() throws IOException {
            for (Socket socket : sockets) {
                socket.close();
            }
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException cut) {
                    // the other side or cutAll closed it
                } finally {
                    try {
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "smtp-relay-pump");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            cutAll();
        }
    }
}
