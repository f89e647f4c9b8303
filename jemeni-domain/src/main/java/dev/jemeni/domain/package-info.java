/**
 * The pure model of the Jemeni payment API: values, entities, commands and errors.
 *
 * <p>Every type here is immutable and thread-safe, depends on the JDK and Vavr only, and rejects
 * {@code null}: an absent value is an {@link io.vavr.control.Option}.
 */
package dev.jemeni.domain;
