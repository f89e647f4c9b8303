package dev.jemeni.cli;

import dev.jemeni.port.out.JemeniGateway;
import dev.jemeni.signature.ApiCredentials;
import dev.jemeni.signature.SignatureScheme;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Connection settings shared by the API commands, from options or the {@code JEMENI_*} environment
 * variables. Prefer the environment for the token and secret key: command-line arguments are
 * visible to other users of the machine.
 */
final class ClientOptions {

  @Option(
      names = "--base-url",
      defaultValue = "${env:JEMENI_BASE_URL:-https://jemeni.net/api}",
      description = "API base URL (env JEMENI_BASE_URL, default ${DEFAULT-VALUE}).")
  String baseUrl;

  @Option(
      names = "--environment",
      defaultValue = "${env:JEMENI_ENVIRONMENT:-sandbox}",
      description = "sandbox or live (env JEMENI_ENVIRONMENT, default ${DEFAULT-VALUE}).")
  String environment;

  @Option(
      names = "--api-key",
      defaultValue = "${env:JEMENI_API_KEY}",
      description = "Public API key, pk_test_… or pk_live_… (env JEMENI_API_KEY).")
  String apiKey;

  @Option(
      names = "--token",
      defaultValue = "${env:JEMENI_TOKEN}",
      description = "Access token (env JEMENI_TOKEN).")
  String token;

  @Option(
      names = "--secret-key",
      defaultValue = "${env:JEMENI_SECRET_KEY}",
      description = "Secret key that signs requests (env JEMENI_SECRET_KEY).")
  String secretKey;

  @Option(
      names = "--signature-scheme",
      defaultValue = "${env:JEMENI_SIGNATURE_SCHEME:-SHA512_PLUS}",
      description =
          "SHA512_PLUS or HMAC_SHA512 (env JEMENI_SIGNATURE_SCHEME, default ${DEFAULT-VALUE}).")
  String signatureScheme;

  /**
   * Builds the HTTP client from the settings.
   *
   * @throws IllegalArgumentException naming the missing or invalid setting
   */
  JemeniGateway connect() {
    return Clients.feign(baseUrl, environment(), credentials(), scheme());
  }

  private ApiCredentials credentials() {
    require(apiKey, "the API key is missing: set JEMENI_API_KEY or pass --api-key");
    require(token, "the access token is missing: set JEMENI_TOKEN or pass --token");
    require(secretKey, "the secret key is missing: set JEMENI_SECRET_KEY or pass --secret-key");
    return ApiCredentials.of(apiKey, token, secretKey);
  }

  private boolean environment() {
    String value = environment.strip().toLowerCase(Locale.ROOT);
    if (!value.equals("sandbox") && !value.equals("live")) {
      throw new IllegalArgumentException(
          "environment '" + environment + "' is invalid: use sandbox or live");
    }
    return value.equals("sandbox");
  }

  private SignatureScheme scheme() {
    try {
      return SignatureScheme.valueOf(signatureScheme.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "signature scheme '" + signatureScheme + "' is invalid: use SHA512_PLUS or HMAC_SHA512",
          e);
    }
  }

  /** Throws with {@code message} when the value is missing or blank. */
  static void require(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(message);
    }
  }
}
