package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A mobile-money carrier. */
record CarrierDto(
    Long id,
    @JsonProperty("carrier_name") String carrierName,
    @JsonProperty("country_id") Integer countryId,
    @JsonProperty("display_name") String displayName,
    Boolean active,
    Boolean archived) {}
