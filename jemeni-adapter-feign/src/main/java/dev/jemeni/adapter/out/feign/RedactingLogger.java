package dev.jemeni.adapter.out.feign;

import feign.slf4j.Slf4jLogger;
import java.util.Locale;

/**
 * Feign's SLF4J logger without credentials, signatures or cookies.
 *
 * <p>Feign logs a request before {@link SigningClient} adds the auth headers, so they are absent
 * anyway; the filter keeps them out should that order ever change.
 */
final class RedactingLogger extends Slf4jLogger {

  RedactingLogger() {
    super(JemeniHttpApi.class);
  }

  @Override
  protected boolean shouldLogRequestHeader(String header) {
    return !isSensitive(header);
  }

  @Override
  protected boolean shouldLogResponseHeader(String header) {
    return !isSensitive(header);
  }

  private static boolean isSensitive(String header) {
    String name = header.toLowerCase(Locale.ROOT);
    return name.startsWith("auth-")
        || name.equals("authorization")
        || name.equals("cookie")
        || name.equals("set-cookie");
  }
}
