package dev.jemeni.domain.model;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * When a record of the API was created, last updated and deleted.
 *
 * @param createdAt creation time, when the API sent one
 * @param updatedAt last update time, when the API sent one
 * @param deletedAt deletion time; absent for a record that was not deleted
 */
public record Timestamps(
    Option<Instant> createdAt, Option<Instant> updatedAt, Option<Instant> deletedAt) {

  /** Timestamps with no value at all. */
  public static final Timestamps NONE = new Timestamps(Option.none(), Option.none(), Option.none());

  /** Rejects null options. */
  public Timestamps {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(deletedAt, "deletedAt");
  }

  /** Returns timestamps created and updated at {@code at}, not deleted. */
  public static Timestamps createdAt(Instant at) {
    return new Timestamps(Option.some(at), Option.some(at), Option.none());
  }
}
