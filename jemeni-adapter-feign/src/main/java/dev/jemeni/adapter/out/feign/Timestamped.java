package dev.jemeni.adapter.out.feign;

import java.time.Instant;

/** A response record with the API's creation, update and deletion times. */
interface Timestamped {

  Instant createdAt();

  Instant updatedAt();

  Instant deletedAt();
}
