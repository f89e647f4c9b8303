/**
 * Request signatures of the Jemeni API, computed over the exact bytes sent on the wire.
 *
 * <p>Depends on the JDK only, so the HTTP adapter, the emulator and the benchmarks share one
 * implementation that the published known-answer vectors test.
 */
package dev.jemeni.signature;
