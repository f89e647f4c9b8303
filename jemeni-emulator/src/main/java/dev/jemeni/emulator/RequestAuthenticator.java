package dev.jemeni.emulator;

import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.RequestSigner;
import dev.jemeni.signature.SignatureScheme;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;

/**
 * Checks a request the way the real service does: required headers, known key and token, a fresh
 * timestamp, a valid signature and the sandbox header.
 */
final class RequestAuthenticator {

  /** The documented tolerance between the request's timestamp and server time. */
  static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

  private final Map<String, ApiCredentials> accounts;
  private final Map<String, RequestSigner> signers;
  private final SignatureScheme scheme;
  private final Clock clock;

  RequestAuthenticator(Map<String, ApiCredentials> accounts, SignatureScheme scheme, Clock clock) {
    this.accounts = accounts;
    this.signers = accounts.mapValues(credentials -> new RequestSigner(scheme, credentials));
    this.scheme = scheme;
    this.clock = clock;
  }

  Option<Rejection> check(ApiRequest request) {
    return checkHeadersPresent(request)
        .orElse(() -> checkEnvironment(request))
        .orElse(() -> checkAccount(request))
        .orElse(() -> checkTimestamp(request))
        .orElse(() -> checkSignature(request));
  }

  private static Option<Rejection> checkHeadersPresent(ApiRequest request) {
    if (request.header("Accept") == null) {
      return forbidden("the Accept header is missing: send Accept: application/json");
    }
    for (String name : new String[] {"auth-apiKey", "auth-token", "auth-timestamp"}) {
      if (isBlank(request.header(name))) {
        return unauthorized("the " + name + " header is missing");
      }
    }
    if (isBlank(request.header("auth-signature"))) {
      return unauthorized("the auth-signature header is missing");
    }
    return Option.none();
  }

  private static Option<Rejection> checkEnvironment(ApiRequest request) {
    String sandbox = request.header("sandbox");
    if (request.sandbox() && !"true".equalsIgnoreCase(sandbox == null ? "" : sandbox.strip())) {
      return forbidden("a /sandbox/ request needs the header sandbox: true");
    }
    if (!request.sandbox() && sandbox != null) {
      return forbidden("a /live/ request must not carry a sandbox header");
    }
    return Option.none();
  }

  private Option<Rejection> checkAccount(ApiRequest request) {
    String apiKey = request.header("auth-apiKey").strip();
    Option<ApiCredentials> account = accounts.get(apiKey);
    if (account.isEmpty()) {
      return unauthorized("the API key " + apiKey + " is not known: use the emulator's key");
    }
    if (request.sandbox() && account.get().isLiveKey()) {
      return unauthorized("the API key " + apiKey + " is a live key: use a pk_test_ key");
    }
    if (!request.sandbox() && account.get().isTestKey()) {
      return unauthorized("the API key " + apiKey + " is a test key: use a pk_live_ key");
    }
    if (!account.get().token().equals(request.header("auth-token").strip())) {
      return unauthorized("the auth-token does not belong to the API key " + apiKey);
    }
    return Option.none();
  }

  private Option<Rejection> checkTimestamp(ApiRequest request) {
    String timestamp = request.header("auth-timestamp");
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return unauthorized("auth-timestamp '" + timestamp + "' is not UNIX seconds");
    }
    long now = clock.instant().getEpochSecond();
    long skew = Math.abs(now - seconds);
    if (skew > TIMESTAMP_TOLERANCE.toSeconds()) {
      return unauthorized(
          "auth-timestamp %d is %d s away from server time %d: the limit is %d s, check the clock"
              .formatted(seconds, skew, now, TIMESTAMP_TOLERANCE.toSeconds()));
    }
    return Option.none();
  }

  private Option<Rejection> checkSignature(ApiRequest request) {
    RequestSigner signer = signers.get(request.header("auth-apiKey").strip()).get();
    String timestamp = request.header("auth-timestamp");
    String signature = request.header("auth-signature").strip();
    if (signer.verify(request.method(), request.url(), request.body(), timestamp, signature)) {
      return Option.none();
    }
    return unauthorized(
        "auth-signature does not match: the emulator signed method %s, URL %s, a body of %d bytes"
                .formatted(request.method(), request.url(), request.body().length)
            + " and timestamp %s with scheme %s".formatted(timestamp, scheme));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static Option<Rejection> unauthorized(String message) {
    return Option.some(new Rejection(401, message));
  }

  private static Option<Rejection> forbidden(String message) {
    return Option.some(new Rejection(403, message));
  }
}
