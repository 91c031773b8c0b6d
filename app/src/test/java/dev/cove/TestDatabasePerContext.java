package dev.cove;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context its own database: a fresh in-memory H2 database, or a
 * fresh schema when the suite runs on PostgreSQL. Contexts with different test beans are cached
 * side by side, and each runs a task scheduler; sharing tables would let one context's scheduler
 * pick up another's tasks.
 */
public class TestDatabasePerContext implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles("test")) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Map<String, Object> properties = new HashMap<>();
        if (url.startsWith("jdbc:postgresql:")) {
            properties.put("spring.datasource.hikari.schema", name);
            properties.put("spring.flyway.schemas", name);
            properties.put("spring.flyway.default-schema", name);
        } else if (url.startsWith("jdbc:h2:mem:")) {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("cove-test-database", properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
