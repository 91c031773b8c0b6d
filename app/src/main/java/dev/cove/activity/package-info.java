/**
 * The company's activity feed: one line per business event, shown on the dashboard. Its
 * listeners run after commit through Spring Modulith's persistent event publication registry, so
 * an event whose listener has not completed is retried on restart and never lost.
 */
package dev.cove.activity;
