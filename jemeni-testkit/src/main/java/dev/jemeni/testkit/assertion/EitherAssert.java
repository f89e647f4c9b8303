package dev.jemeni.testkit.assertion;

import dev.jemeni.domain.error.JemeniError;
import io.vavr.control.Either;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.InstanceOfAssertFactory;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on the result of a port call: a success value on the right or a {@link JemeniError} on
 * the left.
 *
 * @param <T> the type of the success value
 */
public final class EitherAssert<T>
    extends AbstractAssert<EitherAssert<T>, Either<? extends JemeniError, T>> {

  /** Creates assertions on {@code actual}. Prefer {@link JemeniAssertions#assertThat(Either)}. */
  public EitherAssert(Either<? extends JemeniError, T> actual) {
    super(actual, EitherAssert.class);
  }

  /** Verifies that the call succeeded and returns assertions on the success value. */
  public ObjectAssert<T> isSuccess() {
    isNotNull();
    if (actual.isLeft()) {
      failWithMessage(
          "Expected a success but found error <%s>: %s", typeOf(actual.getLeft()), messageOf());
    }
    return Assertions.assertThat(actual.get());
  }

  /**
   * Verifies that the call succeeded and returns the success value's assertions from {@code
   * factory}, such as {@link JemeniAssertions#TRANSACTION}.
   */
  public <A extends AbstractAssert<?, ?>> A isSuccess(InstanceOfAssertFactory<?, A> factory) {
    return isSuccess().asInstanceOf(factory);
  }

  /** Verifies that the call failed and returns assertions on the error. */
  public JemeniErrorAssert isError() {
    isNotNull();
    if (actual.isRight()) {
      failWithMessage("Expected an error but found success <%s>", actual.get());
    }
    return new JemeniErrorAssert(actual.getLeft());
  }

  /**
   * Verifies that the call failed with an error of {@code type}, such as {@code
   * ApiCodeError.InvalidInputData.class}, and returns assertions on it.
   */
  public JemeniErrorAssert isErrorOfType(Class<? extends JemeniError> type) {
    isNotNull();
    String expected = type.getSimpleName();
    if (actual.isRight()) {
      failWithMessage("Expected error <%s> but found success <%s>", expected, actual.get());
    }
    if (!type.isInstance(actual.getLeft())) {
      failWithMessage(
          "Expected error <%s> but found error <%s>: %s",
          expected, typeOf(actual.getLeft()), messageOf());
    }
    return new JemeniErrorAssert(actual.getLeft());
  }

  private String messageOf() {
    return actual.getLeft().message();
  }

  private static String typeOf(JemeniError error) {
    return error.getClass().getSimpleName();
  }
}
