package dev.jemeni.adapter.out.feign;

/** The disable-subscription request body. */
record DisableSubscriptionBody(String phone) {}
