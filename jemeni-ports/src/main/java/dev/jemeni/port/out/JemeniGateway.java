package dev.jemeni.port.out;

/**
 * Every Jemeni capability behind one object, for applications that use them all.
 *
 * <p>Adapters implement this interface; an application depends on the narrower port it needs.
 */
public interface JemeniGateway extends PaymentGateway, SubscriptionGateway, PlanCatalogue {}
