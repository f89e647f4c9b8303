package dev.jemeni.adapter.out.feign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Guards against the JDK HTTP client resending a POST on its own.
 *
 * <p>The JDK client ({@code jdk.internal.net.http.MultiExchange}, checked in JDK 17.0.15 and 25)
 * repeats an exchange once by itself in two cases. First, after a {@code ConnectException}: the TCP
 * connection was never established, so no byte of the request was written, and the repeat is safe
 * for a payment too ({@code jdk.httpclient.disableRetryConnect} turns it off; this adapter leaves
 * it on). Second, after a pooled connection turns out to be closed ({@code
 * ConnectionExpiredException}): the request may have reached the server, and the JDK repeats it
 * only for GET and HEAD, unless {@code jdk.httpclient.enableAllMethodRetry} is set, which extends
 * it to POST. That property would let a payment be sent twice, so the builder rejects a JVM that
 * sets it.
 */
final class JdkRetrySafety {

  static final String ALL_METHOD_RETRY = "jdk.httpclient.enableAllMethodRetry";

  private JdkRetrySafety() {}

  /**
   * Throws when the JVM lets the JDK client repeat POST requests.
   *
   * @throws IllegalStateException naming the property to remove
   */
  static void requireNoResendOfPosts() {
    String value = System.getProperty(ALL_METHOD_RETRY);
    if (value == null) {
      value = netPropertiesValue();
    }
    // The JDK reads an empty value as true.
    if (value != null && (value.isBlank() || Boolean.parseBoolean(value.strip()))) {
      throw new IllegalStateException(
          ALL_METHOD_RETRY
              + "="
              + value
              + " lets the JDK HTTP client resend a payment on a stale connection: "
              + "remove the property from the JVM options and conf/net.properties");
    }
  }

  private static String netPropertiesValue() {
    Path file = Path.of(System.getProperty("java.home"), "conf", "net.properties");
    if (!Files.isReadable(file)) {
      return null;
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      return null;
    }
    return properties.getProperty(ALL_METHOD_RETRY);
  }
}
