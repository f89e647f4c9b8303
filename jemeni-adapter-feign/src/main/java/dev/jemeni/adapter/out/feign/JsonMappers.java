package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZoneId;
import java.util.Currency;

/** Builds the two Jackson mappers: one writes request bodies, one reads responses. */
final class JsonMappers {

  private JsonMappers() {}

  /** Returns a writer that prints amounts as plain numbers, {@code 1000} and never {@code 1E+3}. */
  static ObjectMapper requests() {
    return JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  }

  /** Returns a reader that skips unknown fields and reads every scalar leniently. */
  static ObjectMapper responses(ZoneId apiTimeZone, Currency currency) {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .addModule(LenientScalars.module(apiTimeZone, currency))
        .build();
  }
}
