/** Benchmarks that drive a running Cove from a second process and print the figures the issues name. */
package dev.cove.bench;
