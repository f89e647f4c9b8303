package dev.jemeni.benchmarks;

import dev.jemeni.signature.RequestSigner;
import dev.jemeni.signature.SignatureScheme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link RequestSigner#sign} beside a bare {@link MessageDigest} or {@link Mac} over the same
 * bytes.
 *
 * <p>The baseline is the fastest form of the same work: one digest instance per thread, reused,
 * over the message already joined into one array, returning raw bytes. The signer joins the parts,
 * gets its digest instance and hex-encodes the result on every call, because that is what a request
 * costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningBenchmark {

  private static final HexFormat HEX = HexFormat.of();

  @Param({"SHA512_PLUS", "HMAC_SHA512"})
  public SignatureScheme scheme;

  @Param({"GET_STATE", "POST_PAYMENT"})
  public String request;

  private RequestSigner signer;
  private String method;
  private String url;
  private byte[] body;
  private String timestamp;
  private byte[] message;

  @Setup
  public void prepare() {
    boolean get = request.equals("GET_STATE");
    method = get ? "GET" : "POST";
    url = "https://jemeni.net/api/sandbox" + (get ? Fixtures.STATE_PATH : "/send/payment");
    body = get ? new byte[0] : Fixtures.PAYMENT_BODY.getBytes(StandardCharsets.UTF_8);
    timestamp = "1733313600";
    signer = new RequestSigner(scheme, Fixtures.CREDENTIALS);
    message = scheme == SignatureScheme.SHA512_PLUS ? plusJoined() : concatenated();
    requireSameSignature();
  }

  /** Signs the request as the adapter does for every call. */
  @Benchmark
  public String signer() {
    return signer.sign(method, url, body, timestamp);
  }

  /** Digests the same bytes with a reused instance and no encoding. */
  @Benchmark
  public byte[] bareDigest(BareDigest digest) {
    return digest.compute(message);
  }

  /**
   * Digests as {@link #bareDigest} does, then formats the 64 bytes as the 128-character hex string
   * the {@code auth-signature} header needs: the least any signer has to do.
   */
  @Benchmark
  public String bareDigestHex(BareDigest digest) {
    return HEX.formatHex(digest.compute(message));
  }

  /** One reused digest per thread, keyed for the HMAC scheme. */
  @State(Scope.Thread)
  public static class BareDigest {

    private MessageDigest sha512;
    private Mac hmac;
    private boolean keyed;

    @Setup
    public void create(SigningBenchmark benchmark) throws GeneralSecurityException {
      keyed = benchmark.scheme == SignatureScheme.HMAC_SHA512;
      sha512 = MessageDigest.getInstance("SHA-512");
      hmac = Mac.getInstance("HmacSHA512");
      byte[] key = Fixtures.CREDENTIALS.secretKey().getBytes(StandardCharsets.UTF_8);
      hmac.init(new SecretKeySpec(key, "HmacSHA512"));
    }

    byte[] compute(byte[] message) {
      return keyed ? hmac.doFinal(message) : sha512.digest(message);
    }
  }

  /** Returns {@code SK+TK+METHOD+URL+BODY+TIMESTAMP}, the documented scheme's input. */
  private byte[] plusJoined() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String prefix =
        String.join(
            "+", Fixtures.CREDENTIALS.secretKey(), Fixtures.CREDENTIALS.token(), method, url, "");
    out.writeBytes(utf8(prefix));
    out.writeBytes(body);
    out.writeBytes(utf8("+" + timestamp));
    return out.toByteArray();
  }

  /** Returns {@code SK AK METHOD URL BODY TIMESTAMP} unseparated, the HMAC scheme's input. */
  private byte[] concatenated() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String signedUrl = method.equals("GET") ? url : url.replaceFirst("\\?.*$", "");
    out.writeBytes(
        utf8(
            Fixtures.CREDENTIALS.secretKey() + Fixtures.CREDENTIALS.apiKey() + method + signedUrl));
    out.writeBytes(body);
    out.writeBytes(utf8(timestamp));
    return out.toByteArray();
  }

  /** Fails the trial when the baseline digests other bytes than the signer. */
  private void requireSameSignature() {
    BareDigest digest = new BareDigest();
    try {
      digest.create(this);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-512 or HmacSHA512 is not available in this JVM", e);
    }
    String bare = HexFormat.of().formatHex(digest.compute(message));
    if (!bare.equals(signer())) {
      throw new IllegalStateException(
          "the bare " + scheme + " digest differs from the signer's: the baseline is wrong");
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
