package dev.cove.integrations;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.cove.shared.CompanyId;

/** Keeps every connection event published in a full-stack test context, so tests can read their own. */
@Component
class ConnectionEventsRecorder {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ConnectionActivated event) {
        events.add(event);
    }

    @EventListener
    void on(ConnectionEnded event) {
        events.add(event);
    }

    List<ConnectionActivated> activations(CompanyId company) {
        return events.stream().filter(ConnectionActivated.class::isInstance).map(ConnectionActivated.class::cast)
                .filter(e -> e.companyId().equals(company)).toList();
    }

    List<ConnectionEnded> endings(CompanyId company) {
        return events.stream().filter(ConnectionEnded.class::isInstance).map(ConnectionEnded.class::cast)
                .filter(e -> e.companyId().equals(company)).toList();
    }
}
