package dev.jemeni.testkit.assertion;

import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThat;
import static dev.jemeni.testkit.assertion.JemeniAssertions.assertThatThrownBy;
import static dev.jemeni.testkit.builder.JemeniBuilders.aCustomer;
import static dev.jemeni.testkit.builder.JemeniBuilders.aPlan;
import static dev.jemeni.testkit.builder.JemeniBuilders.aSubscription;

import dev.jemeni.domain.model.Customer;
import dev.jemeni.domain.model.Plan;
import dev.jemeni.domain.model.Subscription;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntityAssertTest {

  @Test
  void subscriptionAssertionsPassOnMatchingValues() {
    Subscription subscription = aSubscription().build();

    assertThat(subscription)
        .isActive()
        .hasPlanId(1)
        .hasCustomerId("311")
        .startsOn(LocalDate.parse("2024-11-01"))
        .expiresOn(LocalDate.parse("2024-12-01"));
  }

  @Test
  void expiresOnFailsNamingBothInstants() {
    Subscription subscription = aSubscription().build();

    assertThatThrownBy(() -> assertThat(subscription).expiresOn(LocalDate.parse("2025-02-01")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "to have expiry <2025-02-01T00:00:00Z> but found <2024-12-01T00:00:00Z>");
  }

  @Test
  void isActiveFailsNamingStatus() {
    Subscription disabled = aSubscription().withStatus("disabled").build();

    assertThatThrownBy(() -> assertThat(disabled).isActive())
        .hasMessageContaining("to have status <active> but found <disabled>");
    assertThat(disabled).isNotActive();
  }

  @Test
  void isNotActiveFailsOnActive() {
    assertThatThrownBy(() -> assertThat(aSubscription().build()).isNotActive())
        .hasMessageContaining("not to be active but its status was <active>");
  }

  @Test
  void hasPlanIdFailsNamingBothPlans() {
    assertThatThrownBy(() -> assertThat(aSubscription().withPlanId(2).build()).hasPlanId(1))
        .hasMessageContaining("to have plan <1> but found <2>");
  }

  @Test
  void planAssertionsPassOnSeededPlan() {
    assertThat(aPlan().build())
        .hasId(1)
        .hasName("Essentiel mensuel")
        .hasPrice(2500)
        .hasFrequencyId(1)
        .isNotArchived();
    assertThat(aPlan().archived().build()).isArchived();
  }

  @Test
  void planAssertionsFailNamingBothValues() {
    Plan plan = aPlan().withPrice(3000).build();

    assertThatThrownBy(() -> assertThat(plan).hasPrice(2500))
        .hasMessageContaining("to have price <2500 XOF> but found <3000 XOF>");
    assertThatThrownBy(() -> assertThat(plan).isArchived())
        .hasMessageContaining("to be archived but it was not archived");
    assertThatThrownBy(() -> assertThat(plan).hasId(2))
        .hasMessageContaining("Expected plan id <2> but found <1>");
  }

  @Test
  void customerAssertionsPassOnSeededCustomer() {
    assertThat(aCustomer().build()).hasId("311").hasPhone("98745632").hasCountryId(1);
  }

  @Test
  void customerAssertionsFailNamingBothValues() {
    Customer customer = aCustomer().withId("312").withCountryId(2).build();

    assertThatThrownBy(() -> assertThat(customer).hasId("311"))
        .hasMessageContaining("Expected customer id <311> but found <312>");
    assertThatThrownBy(() -> assertThat(customer).hasCountryId(1))
        .hasMessageContaining("to have country <1> but found <2>");
  }
}
