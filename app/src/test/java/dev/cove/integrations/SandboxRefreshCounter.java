package dev.cove.integrations;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts refresh-token grants that reach the QuickBooks sandbox's token endpoint over HTTP: the sandbox's
 * own stats count API calls only. A test component, picked up by every full-stack test context.
 */
@Component
class SandboxRefreshCounter extends OncePerRequestFilter {

    private final AtomicInteger refreshes = new AtomicInteger();

    int refreshes() {
        return refreshes.get();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().endsWith("/sandbox/quickbooks/oauth2/v1/tokens/bearer"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("refresh_token".equals(request.getParameter("grant_type"))) {
            refreshes.incrementAndGet();
        }
        chain.doFilter(request, response);
    }
}
