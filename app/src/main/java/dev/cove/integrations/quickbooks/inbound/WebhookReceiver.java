package dev.cove.integrations.quickbooks.inbound;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.cove.integrations.quickbooks.WebhookSignature;

/**
 * {@code POST /webhooks/quickbooks}: QuickBooks' notifications, legacy or CloudEvents (any content
 * type, {@code application/cloudevents+json} included). The raw bytes are verified, stored and
 * answered at once; processing happens on a durable task. Forged: 401. Signed but not a QuickBooks
 * notification: 400. Answered 200 otherwise, redeliveries and stale notifications included, because
 * QuickBooks holds back every later notification until one is acknowledged.
 */
@RestController
class WebhookReceiver {

    private final WebhookIntake intake;

    WebhookReceiver(WebhookIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/webhooks/quickbooks")
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature) {
        WebhookIntake.Outcome outcome = intake.receive(body == null ? new byte[0] : body, signature);
        HttpStatus status = switch (outcome) {
            case FORGED -> HttpStatus.UNAUTHORIZED;
            case GARBLED -> HttpStatus.BAD_REQUEST;
            case ACCEPTED, DUPLICATE, STALE -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(outcome.name().toLowerCase(java.util.Locale.ROOT));
    }
}
