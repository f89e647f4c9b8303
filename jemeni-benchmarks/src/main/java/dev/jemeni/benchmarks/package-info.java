/**
 * JMH benchmarks that set the library's own cost beside the fastest equivalent the JDK offers:
 * signing beside a bare digest, response mapping beside a bare Jackson tree parse, a call through
 * the whole client beside a raw {@code java.net.http.HttpClient} request, and the emulator beside
 * WireMock.
 *
 * <p>{@code run.sh} in the module directory builds and runs the suite; {@link
 * dev.jemeni.benchmarks.BenchmarkReport} prints each comparison as a ratio against its target.
 */
package dev.jemeni.benchmarks;
