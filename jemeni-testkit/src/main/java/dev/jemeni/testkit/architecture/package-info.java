/**
 * ArchUnit rules that keep the hexagon's layers apart, for this build and for services that embed
 * the Jemeni client.
 */
package dev.jemeni.testkit.architecture;
