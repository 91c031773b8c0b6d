/** The first page after sign-in: what is owed, what is due, what happened lately. */
package dev.cove.dashboard;
