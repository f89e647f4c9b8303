/**
 * Entities the Jemeni API returns: transactions, payments, customers, subscriptions and plans.
 *
 * <p>Fields the API may leave empty are {@link io.vavr.control.Option}s; the API sends {@code ""}
 * and {@code null} for absent values and both become {@code Option.none()}.
 */
package dev.jemeni.domain.model;
