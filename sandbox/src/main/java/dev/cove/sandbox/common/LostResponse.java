package dev.cove.sandbox.common;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A response that dies on the way: it promises a long body, sends a few bytes and closes the
 * connection, so that the client gets an I/O error after the server has already done the work.
 */
public final class LostResponse implements ServerResponse {

    @Override
    public HttpStatusCode statusCode() {
        return HttpStatus.OK;
    }

    @Override
    public HttpHeaders headers() {
        return new HttpHeaders();
    }

    @Override
    public MultiValueMap<String, jakarta.servlet.http.Cookie> cookies() {
        return new LinkedMultiValueMap<>();
    }

    @Override
    public ModelAndView writeTo(HttpServletRequest request, HttpServletResponse response, Context context)
            throws java.io.IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentLength(8192);
        response.getOutputStream().write("{\"".getBytes(StandardCharsets.US_ASCII));
        response.flushBuffer();
        return null;
    }
}
