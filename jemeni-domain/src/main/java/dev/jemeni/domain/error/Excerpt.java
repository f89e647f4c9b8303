package dev.jemeni.domain.error;

/** Cuts response bodies short so errors and logs stay readable whatever the server sent. */
public final class Excerpt {

  /** Maximum number of characters kept from a body. */
  public static final int MAX_LENGTH = 256;

  private Excerpt() {}

  /** Returns at most {@link #MAX_LENGTH} characters of {@code body}, line breaks folded. */
  public static String of(String body) {
    if (body == null) {
      return "";
    }
    String folded = body.replaceAll("\\s+", " ").strip();
    return folded.length() <= MAX_LENGTH ? folded : folded.substring(0, MAX_LENGTH) + "…";
  }
}
