/**
 * A JUnit 5 extension that gives each test a fresh, seeded fake Jemeni service on a clock the test
 * controls.
 */
package dev.jemeni.testkit.junit;
