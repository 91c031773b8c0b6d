package dev.cove.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * Delivers queued mail: composes it with the {@link MailContent} of its subject type and hands it to
 * the SMTP server, at most {@link MailSettings.Delivery#concurrency()} at a time (other delivery tasks
 * wait their turn). A failed attempt is noted on the mail and tried again on the
 * {@link MailSettings.Delivery} schedule; after the last attempt the mail is {@code FAILED}. A mail
 * that is no longer queued is skipped, so a repeated task sends nothing twice; a crash between the
 * server's acceptance and the status update can repeat a mail (with the same Message-ID), never lose one.
 */
@Configuration(proxyBeanMethods = false)
class MailDelivery {

    @Bean
    Task<Void> mailDeliveryTask(Outbox outbox, List<MailContent> contents, MailSettings settings) {
        Map<String, MailContent> bySubject = contents.stream()
                .collect(Collectors.toMap(MailContent::subjectType, Function.identity()));
        MailSettings.Delivery policy = settings.delivery();
        Semaphore turns = new Semaphore(policy.concurrency());
        return Tasks.oneTime(MailDeliveries.TASK)
                .onFailure((complete, operations) -> {
                    MailDeliveries.Target target = MailDeliveries.Target.of(complete.getExecution().getId());
                    int failures = complete.getExecution().consecutiveFailures + 1;
                    boolean last = failures >= policy.maxAttempts();
                    outbox.attemptFailed(target.company(), target.mail(),
                            complete.getCause().map(Throwable::getMessage).orElse(null), last);
                    if (last) {
                        operations.stop();
                    } else {
                        operations.reschedule(complete, Instant.now().plus(policy.delayAfter(failures)));
                    }
                })
                .execute((instance, context) -> {
                    MailDeliveries.Target target = MailDeliveries.Target.of(instance.getId());
                    turns.acquireUninterruptibly();
                    try {
                        outbox.find(target.company(), target.mail())
                                .filter(mail -> mail.status() == MailStatus.QUEUED)
                                .ifPresent(mail -> outbox.deliver(target.company(), mail, content(bySubject, mail)
                                        .compose(target.company(), mail.subjectId())));
                    } finally {
                        turns.release();
                    }
                });
    }

    private static MailContent content(Map<String, MailContent> bySubject, SentMail mail) {
        MailContent content = bySubject.get(mail.subjectType());
        if (content == null) {
            throw new IllegalStateException("Nothing composes mail about " + mail.subjectType());
        }
        return content;
    }
}
