/**
 * Item categories and the items a pool-service company sells: services, non-inventory and
 * inventory products. Prices are {@code BigDecimal} with 2 decimals; a SKU, when present, is unique
 * per company (also enforced by a unique index, migration V3). Items are deactivated, never
 * deleted, because invoices and visits keep pointing at them; a category can be deleted only while
 * no item uses it. Every change to an item publishes {@link dev.cove.items.ItemChanged}.
 */
package dev.cove.items;
