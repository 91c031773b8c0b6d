package dev.cove.sandbox.common;

import java.time.Duration;

/**
 * The time-scale knob of one provider sandbox: at scale 60 one provider minute lasts one real second.
 * It shortens durations (token lifetimes, rate-limit windows, retry delays); timestamps written into
 * records stay on the real wall clock so that clients can compare them with their own clock.
 */
public final class TimeScale {

    private final double initial;
    private volatile double scale;

    public TimeScale(double initial) {
        set(initial);
        this.initial = initial;
    }

    /** Back to the configured scale. */
    public void reset() {
        this.scale = initial;
    }

    /** Sets the scale; must be positive. Durations issued earlier keep their real length. */
    public void set(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number");
        }
        this.scale = scale;
    }

    public double get() {
        return scale;
    }

    /** The real duration that a provider duration lasts at the current scale (at least 1 ms). */
    public Duration real(Duration providerDuration) {
        long millis = (long) Math.ceil(providerDuration.toMillis() / scale);
        return Duration.ofMillis(Math.max(1, millis));
    }
}
