/**
 * Test-data builders for every Jemeni command and entity, with defaults that match the fake
 * adapter's seed data, so a test names only the values it is about.
 *
 * <p>Start from {@link dev.jemeni.testkit.builder.JemeniBuilders}. Builders are mutable and not
 * thread-safe, and each factory call returns a new one. {@code build()} throws {@link
 * IllegalArgumentException} for a value the domain rejects, naming the value.
 */
package dev.jemeni.testkit.builder;
