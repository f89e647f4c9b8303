/**
 * Value types that validate their input at construction.
 *
 * <p>Each type offers a constructor that throws {@link IllegalArgumentException} for invalid input
 * and a static {@code of} factory that returns the same check as a {@link
 * io.vavr.control.Validation}, whose error message names the rejected value and the rule.
 */
package dev.jemeni.domain.value;
