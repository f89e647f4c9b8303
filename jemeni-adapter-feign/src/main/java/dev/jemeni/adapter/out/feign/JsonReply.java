package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reply the classifier accepted, with its body already parsed, so the body is parsed once.
 *
 * @param reply the reply as received
 * @param root the body's JSON object
 */
record JsonReply(ApiReply reply, JsonNode root) {}
