package dev.cove.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above {@link Settings#maxBody()} with a 413 problem before anything
 * reads them, so an oversized payload can neither exhaust memory nor be half-processed.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    @ConfigurationProperties("cove.api")
    record Settings(@DefaultValue("256KB") DataSize maxBody) {
    }

    private final Settings settings;

    BodySizeLimit(Settings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > settings.maxBody().toBytes() || chunked) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"https://cove.dev/problems/payload-too-large","title":"Payload too large",\
                    "status":413,"detail":"Request bodies are limited to %d bytes and must declare Content-Length."}"""
                    .formatted(settings.maxBody().toBytes()));
            return;
        }
        chain.doFilter(request, response);
    }
}
