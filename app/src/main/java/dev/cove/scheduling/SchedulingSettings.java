package dev.cove.scheduling;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the pages show appointment times: wall-clock times in {@code zone}, the server's own zone
 * when unset. The API is unaffected: it speaks instants.
 */
@ConfigurationProperties("cove.scheduling")
record SchedulingSettings(ZoneId zone) {

    ZoneId zoneOrDefault() {
        return zone == null ? ZoneId.systemDefault() : zone;
    }
}
