package dev.cove.shared;

/**
 * A request was well formed but breaks a rule of the business (paying a void invoice, refunding
 * more than was paid). Reported as 409 Conflict with the rule in words; nothing is written.
 */
public class BusinessRuleViolated extends RuntimeException {

    private final String field;

    public BusinessRuleViolated(String message) {
        this(null, message);
    }

    public BusinessRuleViolated(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field the rule is about, or {@code null} when it concerns the whole request. */
    public String field() {
        return field;
    }
}
