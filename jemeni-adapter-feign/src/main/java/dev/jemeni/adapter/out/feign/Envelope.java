package dev.jemeni.adapter.out.feign;

/**
 * The {@code data} member of a response envelope; {@link ResponseClassifier} reads {@code status}
 * and {@code message}.
 *
 * @param data the payload
 * @param <T> the payload's DTO type
 */
record Envelope<T>(T data) {}
