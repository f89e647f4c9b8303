package dev.jemeni.signature;

/** The two published ways to compute the {@code auth-signature} header. */
public enum SignatureScheme {

  /**
   * The documented scheme and the default: lowercase hex SHA-512 of {@code
   * SK+TK+METHOD+URL+BODY+TIMESTAMP}, the parts joined by {@code +}, where SK is the secret key and
   * TK the access token.
   */
  SHA512_PLUS,

  /**
   * The later revision: lowercase hex HMAC-SHA512 keyed with the secret key over {@code SK AK
   * METHOD URL BODY TIMESTAMP} with no separator, where AK is the public key. A GET signs the URL
   * with its query string, every other method the URL without it.
   */
  HMAC_SHA512
}
