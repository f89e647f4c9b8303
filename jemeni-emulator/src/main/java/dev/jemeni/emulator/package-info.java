/**
 * A local HTTP emulator of the Jemeni API, bound to a loopback address.
 *
 * <p>It speaks the documented paths, headers, envelope and field names, checks every request the
 * way the real service does, keeps its state in the in-memory fake adapter, and can inject faults.
 * It writes its JSON itself, with no code shared with the HTTP adapter's DTOs, so a naming mistake
 * on either side makes the contract tests fail.
 */
package dev.jemeni.emulator;
