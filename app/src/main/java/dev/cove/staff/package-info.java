/**
 * Companies (the tenants), their staff users and API keys, and how a request is tied to exactly
 * one company: form login for people, {@code Authorization: Bearer <key>} for scripts.
 */
package dev.cove.staff;
