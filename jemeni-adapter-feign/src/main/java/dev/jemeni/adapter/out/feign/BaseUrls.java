package dev.jemeni.adapter.out.feign;

import dev.jemeni.domain.value.ReturnUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Parses and checks the configured base URL. */
final class BaseUrls {

  private BaseUrls() {}

  /**
   * Returns the base URL without a trailing slash.
   *
   * @throws IllegalArgumentException naming the URL and the rule it broke
   */
  static URI parse(String raw) {
    URI uri = toUri(raw);
    String quotedUrl = "base URL '" + uri + "'";
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(quotedUrl + " is not absolute: use https://host/path");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(quotedUrl + " contains user information: remove it");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(quotedUrl + " has a query or fragment: remove it");
    }
    requireSecureScheme(uri, quotedUrl);
    return stripTrailingSlashes(uri);
  }

  private static URI toUri(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException(
          "base URL is missing: pass a URL such as https://jemeni.net/api");
    }
    try {
      return new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "base URL '" + raw.strip() + "' is not a valid URL: " + e.getReason(), e);
    }
  }

  private static void requireSecureScheme(URI uri, String quotedUrl) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && ReturnUrl.isLoopbackHost(uri.getHost())) {
      return;
    }
    throw new IllegalArgumentException(
        quotedUrl + " must use https (plain http is accepted only for a loopback host)");
  }

  private static URI stripTrailingSlashes(URI uri) {
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }
}
