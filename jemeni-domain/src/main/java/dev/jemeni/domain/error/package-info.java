/**
 * Every failure a gateway can return, as one sealed hierarchy rooted at {@link
 * dev.jemeni.domain.error.JemeniError}.
 *
 * <p>Each error states whether repeating the request is safe, separately for idempotent and
 * non-idempotent operations, so callers and adapters take that decision from one place.
 */
package dev.jemeni.domain.error;
