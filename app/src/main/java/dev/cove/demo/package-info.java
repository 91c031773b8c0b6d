/**
 * The demo company: created on first start when {@code cove.demo.enabled} is true, with realistic
 * data, its sign-in and API key printed so a person or a script can use it at once.
 */
package dev.cove.demo;
