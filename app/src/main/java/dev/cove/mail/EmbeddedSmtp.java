package dev.cove.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail SMTP server Cove runs when {@code cove.mail.embedded=true}: it accepts every mail on
 * loopback and keeps it in memory, so the Outbox page can show what was really sent. It keeps the
 * {@code cove.mail.embedded-retention} most recent messages (checked every few seconds), so a Cove
 * left running does not fill its heap with captured mail; an older mail's log stays on the Outbox,
 * its message reads as no longer captured, as after a restart. Started when the bean is created
 * (before the mail sender needs its port), stopped with the context.
 */
class EmbeddedSmtp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtp.class);

    private final GreenMail greenMail;
    private final int retention;
    private final ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "embedded-smtp-trim");
        thread.setDaemon(true);
        return thread;
    });

    EmbeddedSmtp(MailSettings settings) {
        this.retention = settings.embeddedRetention();
        greenMail = new GreenMail(new ServerSetup(settings.embeddedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        trimmer.scheduleWithFixedDelay(this::trimQuietly, 5, 5, TimeUnit.SECONDS);
        log.info("Embedded SMTP server (GreenMail) listening on 127.0.0.1:{}", port());
    }

    /** The port actually bound, also when 0 was configured. */
    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The captured message with this Message-ID, if this server received it since it started and still keeps it. */
    Optional<MimeMessage> find(String messageId) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> messageId.equals(idOf(m))).findFirst();
    }

    /** Drops the oldest captured messages beyond the retention; returns how many were dropped. */
    int trim() throws FolderException {
        List<Captured> all = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(user);
            for (StoredMessage message : inbox.getMessages()) {
                all.add(new Captured(inbox, message.getUid(), message.getReceivedDate().getTime()));
            }
        }
        int excess = all.size() - retention;
        if (excess <= 0) {
            return 0;
        }
        all.sort(Comparator.comparingLong(Captured::received));
        List<MailFolder> touched = new ArrayList<>();
        for (Captured old : all.subList(0, excess)) {
            old.folder().setFlags(new Flags(Flags.Flag.DELETED), true, old.uid(), null, false);
            if (!touched.contains(old.folder())) {
                touched.add(old.folder());
            }
        }
        for (MailFolder folder : touched) {
            folder.expunge();
        }
        return excess;
    }

    private void trimQuietly() {
        try {
            trim();
        } catch (FolderException | RuntimeException e) {
            log.warn("Could not trim the captured mail: {}", e.toString());
        }
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
        trimmer.shutdownNow();
        greenMail.stop();
    }

    private record Captured(MailFolder folder, long uid, long received) {
    }
}
