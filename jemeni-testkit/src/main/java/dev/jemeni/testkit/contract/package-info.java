/**
 * The contract suite every {@link dev.jemeni.port.out.JemeniGateway} adapter must pass: abstract
 * JUnit 5 test classes that an adapter's test module extends by supplying a {@link
 * dev.jemeni.testkit.contract.ContractSubject}.
 *
 * <p>The suite uses only the ports and a {@link dev.jemeni.testkit.contract.ServiceControl}, so the
 * same tests run against the fake adapter in memory and against the Feign adapter talking to the
 * HTTP emulator.
 */
package dev.jemeni.testkit.contract;
