package dev.jemeni.domain.value;

import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The absolute URL a customer returns to after paying.
 *
 * <p>The scheme is {@code https}; plain {@code http} is accepted only for a loopback host, for
 * local development. User information in the URL is rejected because it would carry a password.
 *
 * @param value the absolute URL
 */
public record ReturnUrl(URI value) {

  /** Validates the scheme, host and form of the URL. */
  public ReturnUrl {
    Objects.requireNonNull(value, "value");
    Checks.require(problem(value));
  }

  /** Parses and validates a URL such as {@code https://shop.example/callback}. */
  public static Validation<String, ReturnUrl> of(String raw) {
    Option<String> missing = Checks.nonBlank(raw, "return_url");
    if (missing.isDefined()) {
      return Validation.invalid(missing.get());
    }
    try {
      URI uri = new URI(raw.strip());
      return Checks.validate(problem(uri), () -> new ReturnUrl(uri));
    } catch (URISyntaxException e) {
      return Validation.invalid(
          "return_url " + Checks.quote(raw) + " is not a valid URL: " + e.getReason());
    }
  }

  /** Returns whether {@code host} names this machine: localhost, 127.0.0.0/8 or ::1. */
  public static boolean isLoopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.equals("localhost")
        || lower.equals("[::1]")
        || lower.equals("::1")
        || lower.matches("127(\\.[0-9]{1,3}){3}");
  }

  @Override
  public String toString() {
    return value.toString();
  }

  private static Option<String> problem(URI uri) {
    String shown = Checks.quote(uri.toString());
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return Option.some("return_url " + shown + " is not an absolute URL: use https://host/path");
    }
    if (uri.getRawUserInfo() != null) {
      return Option.some("return_url " + shown + " contains user information: remove it");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || scheme.equals("http") && isLoopbackHost(uri.getHost())) {
      return Option.none();
    }
    return Option.some(
        "return_url " + shown + " must use https (http is accepted only for a loopback host)");
  }
}
