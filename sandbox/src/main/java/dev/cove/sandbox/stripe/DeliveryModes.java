package dev.cove.sandbox.stripe;

import java.util.List;

/**
 * How the sandbox misbehaves when delivering webhooks, set through {@code _admin/webhooks/modes}.
 *
 * @param duplicate  deliver every event twice
 * @param reorder    hold events until this many are waiting, then deliver them newest first (0 = off)
 * @param dropNext   lose the next N events (they stay in the Events API, as a lost webhook would)
 * @param dropTypes  lose every event of these types while set
 */
record DeliveryModes(Boolean duplicate, Integer reorder, Integer dropNext, List<String> dropTypes) {

    static final DeliveryModes NORMAL = new DeliveryModes(false, 0, 0, List.of());

    DeliveryModes {
        duplicate = duplicate != null && duplicate;
        reorder = reorder == null ? 0 : Math.max(0, reorder);
        dropNext = dropNext == null ? 0 : Math.max(0, dropNext);
        dropTypes = dropTypes == null ? List.of() : List.copyOf(dropTypes);
    }
}
