/**
 * Driven-side ports: the outgoing gateways an application calls to reach the Jemeni API.
 *
 * <p>Every method takes a validated domain command and returns {@code Either<JemeniError, T>}.
 * Methods never return {@code null} and never throw for API or transport failures; they throw only
 * {@link NullPointerException} for a {@code null} argument. Every implementation is thread-safe:
 * one instance serves all threads of an application.
 */
package dev.jemeni.port.out;
