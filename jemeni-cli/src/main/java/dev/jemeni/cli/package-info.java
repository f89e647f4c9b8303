/** The {@code jemeni} command-line tool: payments, plans, subscriptions, webhooks, emulator. */
package dev.jemeni.cli;
