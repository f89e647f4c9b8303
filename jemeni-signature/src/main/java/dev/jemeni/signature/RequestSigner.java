package dev.jemeni.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and checks the {@code auth-signature} of a request.
 *
 * <p>Text is encoded as UTF-8 whatever the JVM's default charset; the body is signed as the exact
 * bytes sent. Thread-safe: each call uses its own digest instance.
 */
public final class RequestSigner {

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] PLUS = {'+'};
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final SignatureScheme scheme;
  private final byte[] secretKey;
  private final byte[] secondKey;
  private final SecretKeySpec macKey;

  // Every call copies these instead of looking the algorithm up again and, for HMAC, deriving the
  // padded keys again: both cost more than digesting a typical request. Each has already absorbed
  // the account's constant prefix (SK+TK+ or SK AK), so a call hashes only the request's parts.
  // Nothing updates them after construction, so concurrent copies are safe. Null when the
  // provider's instances cannot be cloned.
  private final MessageDigest sha512Prototype;
  private final Mac macPrototype;

  /**
   * Creates a signer for one account.
   *
   * @param scheme the signature scheme the account uses
   * @param credentials the account's keys
   */
  public RequestSigner(SignatureScheme scheme, ApiCredentials credentials) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(credentials, "credentials");
    this.secretKey = utf8(credentials.secretKey());
    this.secondKey =
        utf8(scheme == SignatureScheme.HMAC_SHA512 ? credentials.apiKey() : credentials.token());
    this.macKey = new SecretKeySpec(secretKey, "HmacSHA512");
    this.sha512Prototype = cloneableOrNull(withSha512Prefix(newSha512()));
    this.macPrototype = cloneableOrNull(withMacPrefix(newMac()));
  }

  /** Returns the scheme this signer uses. */
  public SignatureScheme scheme() {
    return scheme;
  }

  /**
   * Returns the lowercase hex signature of one request.
   *
   * @param method the HTTP method, such as {@code POST}
   * @param url the full URL as sent, with its query string
   * @param body the exact body bytes sent; empty for a GET
   * @param timestamp the exact value of the {@code auth-timestamp} header
   */
  public String sign(String method, String url, byte[] body, String timestamp) {
    String upperMethod = method.toUpperCase(Locale.ROOT);
    byte[] digest =
        scheme == SignatureScheme.SHA512_PLUS
            ? sha512Plus(upperMethod, url, body, timestamp)
            : hmacSha512(upperMethod, url, body, timestamp);
    return lowercaseHex(digest);
  }

  /**
   * Returns whether {@code signature} is the signature of the request, compared in constant time.
   * Upper-case hex is accepted; anything that is not hex of the right length is not.
   */
  public boolean verify(
      String method, String url, byte[] body, String timestamp, String signature) {
    if (signature == null || signature.length() != 128) {
      return false;
    }
    byte[] expected = HEX.parseHex(sign(method, url, body, timestamp));
    try {
      return MessageDigest.isEqual(expected, HEX.parseHex(signature.toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException notHex) {
      return false;
    }
  }

  private byte[] sha512Plus(String method, String url, byte[] body, String timestamp) {
    MessageDigest digest = sha512();
    digest.update(utf8(method + "+" + url + "+"));
    digest.update(body);
    digest.update(utf8("+" + timestamp));
    return digest.digest();
  }

  private byte[] hmacSha512(String method, String url, byte[] body, String timestamp) {
    Mac mac = hmac();
    mac.update(utf8(method + (method.equals("GET") ? url : withoutQuery(url))));
    mac.update(body);
    mac.update(utf8(timestamp));
    return mac.doFinal();
  }

  private MessageDigest withSha512Prefix(MessageDigest digest) {
    digest.update(secretKey);
    digest.update(PLUS);
    digest.update(secondKey);
    digest.update(PLUS);
    return digest;
  }

  private Mac withMacPrefix(Mac mac) {
    mac.update(secretKey);
    mac.update(secondKey);
    return mac;
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(macKey);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime ships HmacSHA512, so this is a broken JVM, not bad input.
      throw new IllegalStateException("HmacSHA512 is not available in this JVM", e);
    }
  }

  private static MessageDigest newSha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-512 is not available in this JVM", e);
    }
  }

  private MessageDigest sha512() {
    try {
      return sha512Prototype == null
          ? withSha512Prefix(newSha512())
          : (MessageDigest) sha512Prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("cloning SHA-512 failed after the constructor's check", e);
    }
  }

  private Mac hmac() {
    try {
      return macPrototype == null ? withMacPrefix(newMac()) : (Mac) macPrototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("cloning HmacSHA512 failed after the constructor's check", e);
    }
  }

  private static MessageDigest cloneableOrNull(MessageDigest digest) {
    try {
      digest.clone();
      return digest;
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  private static Mac cloneableOrNull(Mac mac) {
    try {
      mac.clone();
      return mac;
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  /**
   * Formats bytes as lowercase hex. Written out to skip the {@code StringBuilder} that {@link
   * HexFormat#formatHex(byte[])} goes through; BENCHMARKS.md records the measured effect.
   */
  private static String lowercaseHex(byte[] bytes) {
    byte[] text = new byte[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = HEX_DIGITS[(bytes[i] >> 4) & 0xF];
      text[2 * i + 1] = HEX_DIGITS[bytes[i] & 0xF];
    }
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
