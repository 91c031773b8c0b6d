package dev.cove;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.github.kagkarlsson.scheduler.PollingStrategyConfig;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;

/**
 * How db-scheduler claims due work. On PostgreSQL it claims a batch with one statement
 * ({@code SELECT … FOR UPDATE SKIP LOCKED} inside an {@code UPDATE … RETURNING}: lock-and-fetch)
 * instead of selecting due executions and then updating each to claim it (fetch). Mail deliveries
 * and sync pushes are all db-scheduler executions, so this is most of the scheduler's database work
 * (measured in the README: invoice sends at 100 a second, and the QuickBooks initial sync from 1.17–1.21
 * times its floor to 1.08). H2 has no such statement and keeps fetch. A
 * {@code db-scheduler.polling-strategy} set in configuration wins.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerPolling {

    @Bean
    static BeanPostProcessor lockAndFetchOnPostgres(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DbSchedulerProperties properties
                        && !environment.containsProperty("db-scheduler.polling-strategy")
                        && environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
                    properties.setPollingStrategy(PollingStrategyConfig.Type.LOCK_AND_FETCH);
                }
                return bean;
            }
        };
    }
}
