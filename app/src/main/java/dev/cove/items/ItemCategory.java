package dev.cove.items;

import java.util.UUID;

/** A group of items (chemicals, equipment, labour...). Names are unique per company. */
public record ItemCategory(UUID id, String name) {
}
