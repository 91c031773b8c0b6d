/**
 * What every provider sandbox shares: the OAuth 2.0 authorization server ({@link
 * dev.cove.sandbox.common.AuthorizationServer}), in-memory companies ({@link dev.cove.sandbox.common.Companies},
 * {@link dev.cove.sandbox.common.Company}), the time-scale knob ({@link dev.cove.sandbox.common.TimeScale}), rate
 * limits ({@link dev.cove.sandbox.common.Throttle}), fault injection ({@link dev.cove.sandbox.common.FaultPlan}),
 * counters, signed webhook delivery and the admin API ({@link dev.cove.sandbox.common.AdminRoutes}).
 *
 * <p>Decisions worth knowing:
 * <ul>
 * <li>Routes are WebMvc.fn {@code RouterFunction}s built by auto-configuration, and no class here carries a
 * stereotype annotation: the app's component scan of {@code dev.cove} therefore never mounts a sandbox when
 * {@code cove.sandbox.enabled} is false.</li>
 * <li>The time scale shortens durations only (token lifetimes, rate windows, webhook retry delays, Retry-After).
 * Timestamps written into records stay on the real clock, so a client's {@code changedSince} and the records agree.
 * Token responses report {@code expires_in} in real seconds, so a client that refreshes on {@code expires_in}
 * behaves correctly at any scale.</li>
 * <li>Rate windows are sliding: a limit of N per provider minute admits at most N calls in any window of
 * {@code 60 s / scale} real time. A throttled call does not count against the window.</li>
 * <li>Each POST to {@code _admin/faults} replaces the whole plan; {@code {}} clears it. The timeout fault holds the
 * call and then processes it, as a slow real service would: the client times out, yet the write may land.</li>
 * <li>A replayed authorization code is refused and also revokes the tokens the first exchange produced
 * (RFC 6749 section 4.1.2). Every refresh rotates the refresh token; the old one then gets {@code invalid_grant}.</li>
 * <li>Reset keeps the webhook target (it is configuration) and restores the configured time scale.</li>
 * </ul>
 */
package dev.cove.sandbox.common;
