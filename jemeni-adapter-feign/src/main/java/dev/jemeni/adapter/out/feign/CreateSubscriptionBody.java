package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The create-subscription request body; {@code start_at} is {@code YYYY-MM-DD}. */
record CreateSubscriptionBody(
    String phone,
    @JsonProperty("plan_id") long planId,
    @JsonProperty("frequency_id") long frequencyId,
    @JsonProperty("start_at") String startAt) {}
