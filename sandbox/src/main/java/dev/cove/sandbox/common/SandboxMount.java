package dev.cove.sandbox.common;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * Mounts one sandbox's routes under {@code /sandbox/<name>/}. A request elsewhere is turned away on
 * its path before any route is tried: the sandbox runs inside the app by default, and as plain
 * {@link RouterFunction} beans its routes were tested (method, then path) on every request the app
 * served, ahead of the app's own controllers.
 */
public final class SandboxMount extends RouterFunctionMapping {

    private final String prefix;

    public SandboxMount(ProviderSandbox sandbox, RouterFunction<ServerResponse> routes) {
        super(routes);
        this.prefix = "/sandbox/" + sandbox.name() + "/";
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(prefix) ? super.getHandlerInternal(request) : null;
    }
}
