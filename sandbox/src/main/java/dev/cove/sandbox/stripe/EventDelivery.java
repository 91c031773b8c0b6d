package dev.cove.sandbox.stripe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.cove.sandbox.common.Json;
import dev.cove.sandbox.common.WebhookDispatcher;
import dev.cove.sandbox.common.WebhookSigner;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends events to the configured endpoint through the common {@link WebhookDispatcher} (async, retried),
 * applying the {@link DeliveryModes}: duplicates, held-and-reversed batches and lost events.
 * Signed as Stripe signs: {@code Stripe-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>}.
 */
final class EventDelivery {

    static final WebhookSigner SIGNER = (body, secret) -> {
        long t = Scope.now();
        byte[] signed = (t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return Map.of("Stripe-Signature", "t=" + t + ",v1=" + HexFormat.of().formatHex(WebhookSigner.hmacSha256(secret, signed)));
    };

    private final WebhookDispatcher dispatcher;
    private final List<String> held = new ArrayList<>();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private DeliveryModes modes = DeliveryModes.NORMAL;
    private int dropsLeft;

    EventDelivery(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    synchronized void modes(DeliveryModes newModes) {
        modes = newModes;
        dropsLeft = newModes.dropNext();
        if (newModes.reorder() == 0) {
            release();
        }
    }

    synchronized Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("duplicate", modes.duplicate());
        view.put("reorder", modes.reorder());
        view.put("dropNext", dropsLeft);
        view.put("dropTypes", modes.dropTypes());
        view.put("held", held.size());
        view.put("lost", new ArrayList<>(lost));
        return view;
    }

    /** Queues one event, unless the modes lose or hold it. */
    synchronized void deliver(ObjectNode event) {
        if (dispatcher.target().url() == null) {
            return;
        }
        String type = event.path("type").asString();
        if (dropsLeft > 0 || modes.dropTypes().contains(type)) {
            dropsLeft = Math.max(0, dropsLeft - 1);
            lost.add(event.path("id").asString());
            return;
        }
        String body = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);
        if (modes.reorder() > 0) {
            held.add(body);
            if (held.size() >= modes.reorder()) {
                release();
            }
            return;
        }
        send(body);
    }

    /** Sends the held events newest first. */
    synchronized int release() {
        List<String> batch = new ArrayList<>(held);
        held.clear();
        Collections.reverse(batch);
        batch.forEach(this::send);
        return batch.size();
    }

    /** Sends an event again, whatever the modes say (the dashboard's "Resend"). */
    void resend(ObjectNode event) {
        lost.remove(event.path("id").asString());
        dispatcher.send("application/json; charset=utf-8", Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event));
    }

    boolean wasLost(String eventId) {
        return lost.contains(eventId);
    }

    synchronized void reset() {
        modes = DeliveryModes.NORMAL;
        dropsLeft = 0;
        held.clear();
        lost.clear();
    }

    private void send(String body) {
        dispatcher.send("application/json; charset=utf-8", body);
        if (modes.duplicate()) {
            dispatcher.send("application/json; charset=utf-8", body);
        }
    }
}
