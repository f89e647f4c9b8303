package dev.jemeni.adapter.out.feign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket server on 127.0.0.1 that reads each request completely, then drops the connection
 * without a response: with a TCP reset, or with a normal close.
 */
final class RawServer implements AutoCloseable {

  /** How the connection ends after the request was read. */
  enum Ending {
    RESET,
    CLOSE
  }

  private final ServerSocket socket;
  private final Ending ending;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  RawServer(Ending ending) {
    this.ending = ending;
    try {
      this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.acceptor = new Thread(this::serve, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/api";
  }

  /** Returns how many complete requests, body included, the server read. */
  int requestCount() {
    return requests.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        readRequest(connection.getInputStream());
        requests.incrementAndGet();
        if (ending == Ending.RESET) {
          // A zero linger time makes close() send RST instead of FIN.
          connection.setSoLinger(true, 0);
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    String head = readHead(in);
    int length = 0;
    for (String line : head.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).strip());
      }
      if (lower.startsWith("auth-signature:")) {
        SignatureLedger.record(line.substring("auth-signature:".length()).strip());
      }
    }
    in.readNBytes(length);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the request head ended");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    try {
      socket.close();
      acceptor.join(2000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
