/**
 * An in-memory Jemeni service behind the {@link dev.jemeni.port.out.JemeniGateway} port, for tests
 * and for the HTTP emulator.
 *
 * <p>The entry point is {@link dev.jemeni.adapter.out.fake.FakeJemeniGateway}. Every public type
 * here is thread-safe unless its documentation says otherwise.
 */
package dev.jemeni.adapter.out.fake;
