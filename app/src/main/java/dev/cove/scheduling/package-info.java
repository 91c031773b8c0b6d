/**
 * Appointments with customers: on-site visits, phone calls and video meetings.
 *
 * <p>Decisions kept here so the next person sees them:
 * <ul>
 * <li>Times are {@link java.time.Instant}s in the API and {@code TIMESTAMP WITH TIME ZONE} in the
 * database. The pages show and read wall-clock times in {@code cove.scheduling.zone} (default: the
 * server's zone) until companies carry their own time zone.</li>
 * <li>A meeting link is optional even for Google Meet and Zoom (the calendar or Zoom integration
 * may create it later) and refused for on-site visits and phone calls.</li>
 * <li>Without {@code from}, the API lists upcoming appointments: those that have not ended yet.
 * Cancelled appointments stay listed with their status, so a client can mirror the cancellation.</li>
 * <li>Cancelling is idempotent; changing a cancelled appointment is refused (409).</li>
 * </ul>
 */
package dev.cove.scheduling;
