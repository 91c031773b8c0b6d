/**
 * The integrations hub: one {@link dev.cove.integrations.Connection} per company and provider,
 * its status, the OAuth flows that create it, the token vault that keeps its tokens encrypted and
 * fresh, and (in {@code integrations.sync}) the engine that moves records between Cove and the
 * provider. Each provider ({@code integrations.quickbooks}, {@code .stripe}, ...) is a thin
 * client, a mapping and a sandbox on top of it.
 */
package dev.cove.integrations;
