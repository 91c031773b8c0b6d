package dev.cove.integrations.quickbooks;

import java.time.Duration;

/**
 * A QuickBooks call that failed: the HTTP status (0 when no response arrived), the Fault
 * {@code type}, Intuit's error {@code code}, {@code Message} and {@code Detail}, and what the caller
 * should do about it ({@link #kind()}). {@link #retryAfter()} is set for throttling (429/3001) and
 * may be null otherwise. {@link #staleObject()} marks 5010: re-read the record, reapply the change
 * and retry once.
 */
public class QuickBooksFault extends RuntimeException {

    /** How the sync engine treats a failure. */
    public enum Kind {
        /** Retry later on the provider's schedule (5xx, 429/3001, I/O errors, timeouts). */
        TRANSIENT,
        /** The grant or the realm access is gone (401/3200, 403/3100, 6190): the connection needs a person. */
        NEEDS_RECONNECT,
        /** The record itself is refused (6240, 6000, 2020, 2500, 610, 5010...): flag it with the message. */
        PERMANENT
    }

    private final int status;
    private final String type;
    private final String code;
    private final String detail;
    private final String element;
    private final Kind kind;
    private final Duration retryAfter;

    public QuickBooksFault(int status, String type, String code, String message, String detail, String element,
            Duration retryAfter) {
        this(status, type, code, message, detail, element, retryAfter, null);
    }

    QuickBooksFault(int status, String type, String code, String message, String detail, String element,
            Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.type = type;
        this.code = code;
        this.detail = detail;
        this.element = element;
        this.kind = classify(status, code);
        this.retryAfter = retryAfter;
    }

    /** No response: connection refused or reset, response lost, timeout. Always TRANSIENT. */
    static QuickBooksFault noResponse(String what, Throwable cause) {
        return new QuickBooksFault(0, "IO", null, what, String.valueOf(cause), null, null, cause);
    }

    /**
     * The classification the engine acts on; pure function of status and code. 5010 is PERMANENT
     * (retrying the same body fails again) but {@link #staleObject()} lets the caller re-read first.
     */
    static Kind classify(int status, String code) {
        if ("3200".equals(code) || "3100".equals(code) || "120".equals(code) || "6190".equals(code)
                || status == 401 || status == 403) {
            return Kind.NEEDS_RECONNECT;
        }
        if (status == 0 || status == 429 || "3001".equals(code) || status >= 500) {
            return Kind.TRANSIENT;
        }
        return Kind.PERMANENT;
    }

    public int status() {
        return status;
    }

    /** Fault type: {@code ValidationFault}, {@code SERVICE}, {@code AUTHENTICATION}, {@code SystemFault}...; may be null. */
    public String type() {
        return type;
    }

    /** Intuit's error code ({@code "6240"}); null when no Fault body was received. */
    public String code() {
        return code;
    }

    /** The provider's {@code Detail}, the most useful text to show on the record; may be null. */
    public String detail() {
        return detail;
    }

    /** The field the error is about, when QuickBooks says; may be null. */
    public String element() {
        return element;
    }

    public Kind kind() {
        return kind;
    }

    /** How long to wait before retrying (429); null when the provider did not say and it is not a throttle. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** 5010: the SyncToken sent was out of date. */
    public boolean staleObject() {
        return "5010".equals(code);
    }

    /** 6240: the name is already used by a customer, vendor or employee (active or not). */
    public boolean duplicateName() {
        return "6240".equals(code);
    }

    @Override
    public String toString() {
        return "QuickBooksFault[" + kind + ", status=" + status + ", code=" + code + ", " + getMessage()
                + (detail == null ? "" : ": " + detail) + "]";
    }
}
