package dev.cove.sandbox.quickbooks;

/**
 * A QBO fault about to be answered: HTTP status, fault type and one error with Intuit's code.
 * Thrown from deep inside request handling; {@link Envelopes#fault} renders it.
 */
final class QuickBooksFault extends RuntimeException {

    final int status;
    final String type;
    final String code;
    final String detail;
    final String element;

    QuickBooksFault(int status, String type, String code, String message, String detail, String element) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.detail = detail;
        this.element = element;
    }

    static QuickBooksFault requiredMissing(String field) {
        return new QuickBooksFault(400, "ValidationFault", "2020", "Required param missing, need to supply the required value for the API",
                "Required parameter " + field + " is missing in the request", field);
    }

    static QuickBooksFault invalidReference(String field, String id) {
        return new QuickBooksFault(400, "ValidationFault", "2500", "Invalid Reference Id",
                "Invalid Reference Id : " + field + " " + id + " does not exist", field);
    }

    static QuickBooksFault notFound(String type, String id) {
        return new QuickBooksFault(400, "ValidationFault", "610", "Object Not Found",
                "Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees. ("
                        + type + " " + id + ")", null);
    }

    static QuickBooksFault stale(String type, String id) {
        return new QuickBooksFault(400, "ValidationFault", "5010", "Stale Object Error",
                "Stale Object Error : You and another user were working on the same thing. Please try again. (" + type + " "
                        + id + ")", null);
    }

    static QuickBooksFault duplicateName(String what) {
        return new QuickBooksFault(400, "ValidationFault", "6240", "Duplicate Name Exists Error",
                "The name supplied already exists. : Another " + what + " is already using this name. Please use a different name.",
                null);
    }

    static QuickBooksFault business(String detail) {
        return new QuickBooksFault(400, "ValidationFault", "6000", "A business validation error has occurred while processing your request",
                "Business Validation Error: " + detail, null);
    }

    static QuickBooksFault queryParser(String detail) {
        return new QuickBooksFault(400, "ValidationFault", "4000", "Error parsing query", "QueryParserError: " + detail, null);
    }

    static QuickBooksFault unauthenticated() {
        return new QuickBooksFault(401, "AUTHENTICATION", "3200", "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                "Token expired, revoked or invalid", null);
    }

    static QuickBooksFault forbidden() {
        return new QuickBooksFault(403, "AUTHORIZATION", "3100", "message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403",
                "The application is not authorized for this company", null);
    }

    static QuickBooksFault throttled() {
        return new QuickBooksFault(429, "SERVICE", "3001", "message=ThrottleExceeded; errorCode=003001; statusCode=429",
                "The request limit was reached.", null);
    }

    static QuickBooksFault system(int status) {
        return new QuickBooksFault(status, "SystemFault", "10000", "An application error has occurred while processing your request",
                "System Failure Error: injected by the sandbox (" + status + ")", null);
    }

    static QuickBooksFault unsupported(String detail) {
        return new QuickBooksFault(400, "ValidationFault", "6000", "A business validation error has occurred while processing your request",
                "Operation not supported: " + detail, null);
    }
}
