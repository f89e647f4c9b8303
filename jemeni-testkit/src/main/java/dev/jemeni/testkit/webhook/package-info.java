/**
 * Correctly signed Jemeni webhook requests for tests: build an event body, sign its exact bytes,
 * and tamper with the result to test rejections.
 */
package dev.jemeni.testkit.webhook;
