package dev.jemeni.emulator;

/**
 * A request the emulator refuses before processing it.
 *
 * @param status the HTTP status, 401 or 403
 * @param message which check failed, never a secret
 */
record Rejection(int status, String message) {}
