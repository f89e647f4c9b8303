/** A JUnit 5 extension that runs the Jemeni API emulator for a test. */
package dev.jemeni.testkit.emulator;
