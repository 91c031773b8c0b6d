/**
 * Customers of a pool-service company and the visits made to their pools. Readings, photos and
 * notes of visits stay in Cove: no integration receives them.
 */
package dev.cove.customers;
