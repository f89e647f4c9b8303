/**
 * Commands for each Jemeni operation, built through factories that report every invalid field at
 * once as a {@link io.vavr.control.Validation}.
 */
package dev.jemeni.domain.command;
