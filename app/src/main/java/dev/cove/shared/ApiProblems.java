package dev.cove.shared;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an {@code /api/v1} call into RFC 9457 problem details. Validation
 * failures list the offending fields under {@code errors}, each with {@code field} and
 * {@code message}.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final URI VALIDATION = URI.create("https://cove.dev/problems/validation");
    private static final URI NOT_FOUND = URI.create("https://cove.dev/problems/not-found");
    private static final URI MALFORMED = URI.create("https://cove.dev/problems/malformed-request");
    private static final URI RULE = URI.create("https://cove.dev/problems/business-rule");

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return validation(errors);
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return validation(e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint: " + rootMessage(e));
        problem.setType(MALFORMED);
        problem.setTitle("Malformed request body");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = validation(List.of(new FieldError(e.getName(), "is not a valid value: " + e.getValue())));
        problem.setStatus(HttpStatus.BAD_REQUEST);
        return problem;
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(BusinessRuleViolated.class)
    ProblemDetail rule(BusinessRuleViolated e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(RULE);
        problem.setTitle("Not allowed in the record's current state");
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
            NoResourceFoundException.class})
    ProblemDetail framework(org.springframework.web.ErrorResponse e) {
        return e.getBody();
    }

    private static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The request has " + errors.size() + (errors.size() == 1 ? " invalid field" : " invalid fields") + ": "
                        + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
        problem.setType(VALIDATION);
        problem.setTitle("Validation failed");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
