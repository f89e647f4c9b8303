package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The send-payment request body; absent optional fields are omitted, never sent as null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SendPaymentBody(
    @JsonProperty("customer_phone") String customerPhone,
    BigDecimal amount,
    @JsonProperty("country_id") int countryId,
    String device,
    String lang,
    String version,
    @JsonProperty("return_url") String returnUrl) {}
