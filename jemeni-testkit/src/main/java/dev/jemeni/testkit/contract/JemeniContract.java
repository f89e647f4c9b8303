package dev.jemeni.testkit.contract;

import dev.jemeni.port.out.JemeniGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the contract test classes: creates a fresh {@link ContractSubject} before each test and
 * closes it afterwards.
 *
 * <p>A concrete test class implements {@link #createSubject()}. It should not declare tests of its
 * own, so that a failure always points to the contract.
 */
public abstract class JemeniContract {

  private ContractSubject subject;

  /** Creates the contract base. Subclasses supply the subject. */
  protected JemeniContract() {}

  /**
   * Returns a new subject whose service is freshly seeded, so that tests share no state. Called
   * before each test.
   *
   * @throws Exception when the subject cannot be started, such as an emulator that cannot bind
   */
  protected abstract ContractSubject createSubject() throws Exception;

  /** Creates the subject of the next test before JUnit runs it. */
  @BeforeEach
  protected final void openContractSubject() throws Exception {
    subject = createSubject();
  }

  /** Releases the subject of the test that JUnit just ran. */
  @AfterEach
  protected final void closeContractSubject() throws Exception {
    if (subject != null) {
      subject.release();
    }
  }

  /** Returns the gateway under test. */
  protected final JemeniGateway gateway() {
    return subject.gateway();
  }

  /** Returns the control handle on the service behind the gateway. */
  protected final ServiceControl control() {
    return subject.control();
  }
}
