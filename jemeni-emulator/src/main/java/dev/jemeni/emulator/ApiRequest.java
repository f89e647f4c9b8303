package dev.jemeni.emulator;

import com.sun.net.httpserver.Headers;

/**
 * One request as it arrived: method, the full URL the client signed, path and body bytes.
 *
 * @param method the HTTP method
 * @param url the full URL, rebuilt from the {@code Host} header and the raw request target
 * @param path the raw path below {@code /api/sandbox} or {@code /api/live}, such as {@code
 *     /send/payment}
 * @param sandbox whether the path is under {@code /sandbox/}
 * @param rawQuery the raw query string, or empty
 * @param headers the request headers
 * @param body the exact body bytes
 */
record ApiRequest(
    String method,
    String url,
    String path,
    boolean sandbox,
    String rawQuery,
    Headers headers,
    byte[] body) {

  String header(String name) {
    return headers.getFirst(name);
  }
}
