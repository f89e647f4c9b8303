package dev.jemeni.webhooks;

import io.vavr.control.Either;

/** Hex encoding whose decoder returns errors as values and never quotes the input in them. */
final class Hex {

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /** Encodes bytes as lowercase hex. */
  static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /** Decodes hex of either case into exactly {@code length} bytes, or returns what is wrong. */
  static Either<String, byte[]> decode(String hex, int length) {
    if (hex.isEmpty()) {
      return Either.left("is empty: expected " + length * 2 + " hex digits");
    }
    if (hex.length() != length * 2) {
      return Either.left(
          "has " + hex.length() + " characters: expected " + length * 2 + " hex digits");
    }
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      int high = digit(hex.charAt(2 * i));
      int low = digit(hex.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return Either.left("contains a character that is not a hex digit near position " + 2 * i);
      }
      out[i] = (byte) ((high << 4) | low);
    }
    return Either.right(out);
  }

  // Character.digit would also accept non-ASCII digits such as fullwidth letters.
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
