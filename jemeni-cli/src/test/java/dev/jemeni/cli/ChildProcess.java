package dev.jemeni.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The tool running in its own JVM, for the commands that serve until they are stopped. */
final class ChildProcess implements AutoCloseable {

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

  private ChildProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readLines, "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  static ChildProcess start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(JemeniCli.class.getName());
    command.addAll(List.of(args));
    return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Waits for a line that starts with {@code prefix} and returns it. */
  String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      seen.add(line);
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError(
        "no line starting with '" + prefix + "' within " + timeout + "; output so far: " + seen);
  }

  /**
   * Sends SIGTERM, which runs the shutdown hooks as Ctrl-C's SIGINT does, and returns the exit
   * code. The signal goes through the process handle because {@link Process#destroy()} also closes
   * the pipes, which would lose what the tool prints while it stops.
   */
  int stop() throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the tool did not stop within 10 s");
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void readLines() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The process ended, so the awaited line is reported as missing after the timeout.
    }
  }
}
