package dev.cove.scheduling;

/** An appointment is booked until it is cancelled; cancelling is final. */
public enum AppointmentStatus {
    BOOKED, CANCELLED
}
