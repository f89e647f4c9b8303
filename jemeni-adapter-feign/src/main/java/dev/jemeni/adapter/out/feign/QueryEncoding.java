package dev.jemeni.adapter.out.feign;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes query values in one place, so the URL that is signed is the URL that is sent.
 *
 * <p>Every byte of the UTF-8 form except the RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - .
 * _ ~}) becomes {@code %XX} with upper-case hex: a space is {@code %20}, {@code +} is {@code %2B}
 * and {@code /} is {@code %2F}. Feign and the JDK client pass such a value through unchanged.
 */
final class QueryEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QueryEncoding() {}

  /** Returns the encoded value. */
  static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder encoded = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int unsigned = b & 0xFF;
      if (isUnreserved(unsigned)) {
        encoded.append((char) unsigned);
      } else {
        encoded.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0x0F]);
      }
    }
    return encoded.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
