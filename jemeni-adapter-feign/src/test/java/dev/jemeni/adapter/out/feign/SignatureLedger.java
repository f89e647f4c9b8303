package dev.jemeni.adapter.out.feign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends every signature a test server received to a file, so {@link LogSecretScanTest} can search
 * the logs of the whole suite for them.
 */
final class SignatureLedger {

  private static final Path FILE =
      Path.of(
          System.getProperty("jemeni.test.signatureLedger", "target/jemeni-signatures-adhoc.txt"));

  static {
    try {
      Files.deleteIfExists(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SignatureLedger() {}

  static synchronized void record(String signature) {
    try {
      Files.writeString(
          FILE,
          signature + "\n",
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
