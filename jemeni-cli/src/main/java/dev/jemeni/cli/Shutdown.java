package dev.jemeni.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a serving command until the JVM shuts down, as on Ctrl-C, then runs its cleanup. */
final class Shutdown {

  private Shutdown() {}

  /** Waits for shutdown; {@code cleanup} runs in the shutdown hook, before the JVM exits. */
  static void await(Runnable cleanup) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cleanup.run();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
