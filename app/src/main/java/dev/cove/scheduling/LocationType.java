package dev.cove.scheduling;

/** Where an appointment takes place. Only online meetings may carry a meeting link. */
public enum LocationType {
    ON_SITE, PHONE, GOOGLE_MEET, ZOOM;

    /** Whether a meeting link makes sense for this kind of appointment. */
    public boolean online() {
        return this == GOOGLE_MEET || this == ZOOM;
    }
}
