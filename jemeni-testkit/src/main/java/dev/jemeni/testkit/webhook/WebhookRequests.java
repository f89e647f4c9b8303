package dev.jemeni.testkit.webhook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jemeni.domain.value.Money;
import dev.jemeni.webhooks.PaymentFailed;
import dev.jemeni.webhooks.PaymentSucceeded;
import dev.jemeni.webhooks.WebhookSecret;
import dev.jemeni.webhooks.WebhookSignatureScheme;
import dev.jemeni.webhooks.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds correctly signed webhook requests in the documented shape {@code {"event", "data",
 * "timestamp"}}, for tests of code that receives Jemeni webhooks.
 *
 * <p>Every field has a default, so a test sets only what it is about:
 *
 * <pre>{@code
 * SignedWebhookRequest request =
 *     WebhookRequests.paymentSuccess().transactionId("TX1").timestamp(now).signedWith(secret);
 * receiver.receive(request.body(), request.headers());
 * }</pre>
 *
 * <p>The default timestamp is the current time, truncated to seconds, so a receiver with the system
 * clock accepts it; set one when the receiver has a fixed clock. The body is compact JSON in UTF-8
 * unless {@link #prettyPrinted()} is called. Not thread-safe.
 */
public final class WebhookRequests {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private final String event;
  private final Map<String, Object> data = new LinkedHashMap<>();
  private final Map<String, Object> extraFields = new LinkedHashMap<>();
  private Instant timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private WebhookSignatureScheme scheme = WebhookSignatureScheme.hmacSha512Hex();
  private boolean pretty;

  private WebhookRequests(String event) {
    this.event = Objects.requireNonNull(event, "event");
  }

  /** Starts a {@code payment.success} event: TX12345, 1000 XOF, status success, CUST6789. */
  public static WebhookRequests paymentSuccess() {
    return payment(PaymentSucceeded.TYPE, "success");
  }

  /** Starts a {@code payment.failed} event: TX12345, 1000 XOF, status failed, CUST6789. */
  public static WebhookRequests paymentFailed() {
    return payment(PaymentFailed.TYPE, "failed");
  }

  /**
   * Starts an event of any name with an empty {@code data} object; add fields with {@link #data}.
   */
  public static WebhookRequests event(String event) {
    return new WebhookRequests(event);
  }

  /**
   * Signs exactly {@code body} with the default scheme, for bodies a builder cannot produce, such
   * as CRLF line endings or malformed JSON.
   */
  public static SignedWebhookRequest signRaw(byte[] body, WebhookSecret secret) {
    return sign(WebhookSignatureScheme.hmacSha512Hex(), body, secret);
  }

  private static WebhookRequests payment(String event, String status) {
    return new WebhookRequests(event)
        .transactionId("TX12345")
        .amount(Money.xof(1000))
        .status(status)
        .customerId("CUST6789");
  }

  /** Sets {@code data.transaction_id}. */
  public WebhookRequests transactionId(String transactionId) {
    return data("transaction_id", transactionId);
  }

  /** Sets {@code data.amount} as a JSON number and {@code data.currency} as its ISO code. */
  public WebhookRequests amount(Money amount) {
    data("amount", amount.amount());
    return data("currency", amount.currency().getCurrencyCode());
  }

  /** Sets {@code data.status}, such as {@code success} or {@code failed}. */
  public WebhookRequests status(String status) {
    return data("status", status);
  }

  /** Sets {@code data.customer_id}. */
  public WebhookRequests customerId(String customerId) {
    return data("customer_id", customerId);
  }

  /** Sets any field of {@code data}; a null value is written as JSON null. */
  public WebhookRequests data(String name, Object value) {
    data.put(Objects.requireNonNull(name, "name"), value);
    return this;
  }

  /** Removes a field from {@code data}, to test a missing field. */
  public WebhookRequests withoutData(String name) {
    data.remove(name);
    return this;
  }

  /** Adds a top-level field after {@code timestamp}, such as the body's own {@code signature}. */
  public WebhookRequests field(String name, Object value) {
    extraFields.put(Objects.requireNonNull(name, "name"), value);
    return this;
  }

  /** Sets {@code timestamp}, written as an ISO-8601 instant such as 2024-12-30T12:34:56Z. */
  public WebhookRequests timestamp(Instant timestamp) {
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    return this;
  }

  /**
   * Writes the body as the documentation prints it: four-space indents, LF line endings, a space
   * after each colon and a final LF.
   */
  public WebhookRequests prettyPrinted() {
    this.pretty = true;
    return this;
  }

  /** Sets the signature scheme; the default is HMAC-SHA512 hex in {@code X-Jemeni-Signature}. */
  public WebhookRequests scheme(WebhookSignatureScheme scheme) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    return this;
  }

  /** Returns the body bytes this builder would sign. */
  public byte[] body() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("event", event);
    root.put("data", data);
    root.put("timestamp", timestamp.toString());
    root.putAll(extraFields);
    try {
      return pretty ? prettyWriter(root) : MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "webhook body could not be written as JSON: use strings, numbers, maps and lists", e);
    }
  }

  /** Builds the body and signs it with {@code secret}. */
  public SignedWebhookRequest signedWith(WebhookSecret secret) {
    return sign(scheme, body(), secret);
  }

  private static byte[] prettyWriter(Map<String, Object> root) throws JsonProcessingException {
    // The default indenter uses the platform line separator, which would be CRLF on Windows.
    DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
    Separators separators =
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    String text = MAPPER.writer(printer).writeValueAsString(root) + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static SignedWebhookRequest sign(
      WebhookSignatureScheme scheme, byte[] body, WebhookSecret secret) {
    WebhookSigner signer = WebhookSigner.of(scheme, secret);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    headers.put(signer.headerName(), List.of(signer.sign(body)));
    return new SignedWebhookRequest(body, headers);
  }
}
