package dev.cove;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cove.events.*}: a domain event's publication stays in the registry for {@code keepCompleted}
 * after its listener completed it (to look into what was delivered), and the purge runs every
 * {@code purgeEvery}. Incomplete publications are never purged: they are resubmitted.
 */
@ConfigurationProperties("cove.events")
record EventRetention(@DefaultValue("P7D") Duration keepCompleted, @DefaultValue("PT6H") Duration purgeEvery) {
}
