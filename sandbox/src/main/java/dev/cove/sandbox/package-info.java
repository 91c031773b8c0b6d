/**
 * Provider sandboxes: faithful emulators of each provider's API that the app mounts under
 * {@code /sandbox/<provider>} when {@code cove.sandbox.enabled} is true. Cove reaches them over
 * real HTTP on loopback with the same client code it uses against the real provider.
 */
package dev.cove.sandbox;
