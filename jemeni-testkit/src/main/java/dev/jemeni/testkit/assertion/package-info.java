/**
 * AssertJ assertions for Jemeni domain types: results of port calls, errors, transactions,
 * subscriptions, plans and customers.
 *
 * <p>Start from {@link dev.jemeni.testkit.assertion.JemeniAssertions}. Each failure message names
 * the expected value and the value found.
 */
package dev.jemeni.testkit.assertion;
