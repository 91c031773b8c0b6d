package dev.cove.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets every query bind {@link Instant} parameters on every database. PostgreSQL's driver refuses
 * {@code setObject(i, Instant)} (JDBC maps only {@link OffsetDateTime} to TIMESTAMP WITH TIME
 * ZONE); rather than converting at each call site, statements convert it to UTC
 * {@code OffsetDateTime}, which H2 and PostgreSQL both store exactly.
 */
@Component
class InstantParameters implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof InstantAwareDataSource)
                ? new InstantAwareDataSource(dataSource) : bean;
    }

    static final class InstantAwareDataSource extends DelegatingDataSource {

        InstantAwareDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return wrap(super.getConnection(username, password));
        }
    }

    private static Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof PreparedStatement statement && method.getName().startsWith("prepare")
                    ? proxy(method.getReturnType(), statement, InstantParameters::bindInstants) : result;
        });
    }

    private static Object bindInstants(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("setObject") && args != null && args.length >= 2 && args[1] instanceof Instant instant) {
            args[1] = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            if (args.length == 3 && args[2] instanceof Integer) {
                args[2] = java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
            }
        }
        return invoke(target, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(InstantParameters.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
