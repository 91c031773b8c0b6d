package dev.cove.sandbox.common;

import java.time.Instant;

import tools.jackson.databind.node.ObjectNode;

/** A record removed from a company, kept so change feeds can report it. */
public record Deletion(String type, String id, Instant at, ObjectNode lastState) {
}
