package dev.cove.mail;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.cove.shared.ApiController;

/** An API call whose mail the SMTP server did not take answers 502 Bad Gateway as a problem. */
@RestControllerAdvice(annotations = ApiController.class)
class MailProblems {

    @ExceptionHandler(MailNotDelivered.class)
    ProblemDetail notDelivered(MailNotDelivered e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
        problem.setType(URI.create("https://cove.dev/problems/mail-not-delivered"));
        problem.setTitle("Mail not delivered");
        return problem;
    }
}
