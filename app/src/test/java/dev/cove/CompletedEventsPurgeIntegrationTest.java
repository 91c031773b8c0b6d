package dev.cove;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

/**
 * The registry purge deletes publications completed longer ago than the retention, and keeps recent
 * ones and every incomplete one, however old.
 */
@IntegrationTest
class CompletedEventsPurgeIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeletedAndNothingElse() {
        Instant now = Instant.now();
        UUID oldCompleted = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID recentCompleted = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        UUID oldIncomplete = publication(now.minus(Duration.ofDays(9)), null);

        scheduler.reschedule(TaskInstanceId.of(CompletedEventsPurge.TASK, "recurring"), Instant.now());

        await().atMost(Duration.ofSeconds(20)).until(() -> !exists(oldCompleted));
        assertThat(exists(recentCompleted)).as("completed a day ago, inside the 7-day retention").isTrue();
        assertThat(exists(oldIncomplete)).as("incomplete, so still to be resubmitted").isTrue();
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                VALUES (?, 'purge-test-listener', 'java.lang.String', '"purge test"', ?, ?, ?, 1)""")
                .params(id, published, completed, completed == null ? "PUBLISHED" : "COMPLETED").update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = ?").param(id).query(Integer.class).single() == 1;
    }
}
