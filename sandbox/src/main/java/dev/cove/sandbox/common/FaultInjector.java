package dev.cove.sandbox.common;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Applies the current {@link FaultPlan} of one provider sandbox. Thread-safe. */
public final class FaultInjector {

    /** What to do with one call, decided once before it is processed. */
    public record Decision(boolean throttle, Integer errorStatus, long delayMs, boolean loseResponse) {
    }

    private final AtomicReference<FaultPlan> plan = new AtomicReference<>(FaultPlan.NONE);
    private final AtomicInteger burstLeft = new AtomicInteger();

    public void set(FaultPlan newPlan) {
        plan.set(newPlan == null ? FaultPlan.NONE : newPlan);
        burstLeft.set(newPlan == null || newPlan.throttleBurst() == null ? 0 : newPlan.throttleBurst());
    }

    public FaultPlan current() {
        return plan.get();
    }

    /** Decides the faults for one call to a company; consumes one unit of a 429 burst. */
    public Decision decide(String companyId) {
        FaultPlan current = plan.get();
        if (!current.appliesTo(companyId)) {
            return new Decision(false, null, 0, false);
        }
        boolean throttle = burstLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Integer error = current.error() > 0 && random.nextDouble() < current.error() ? current.status() : null;
        long delay = current.latency();
        if (current.timeout() > 0 && random.nextDouble() < current.timeout()) {
            delay += current.hold();
        }
        boolean lose = current.lost() > 0 && random.nextDouble() < current.lost();
        return new Decision(throttle, error, delay, lose);
    }
}
