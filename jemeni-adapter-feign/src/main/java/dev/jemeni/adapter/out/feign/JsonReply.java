package dev.jemeni.adapter.out.feign;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reply the classifier accepted, with the tree it parsed, which the reader maps without parsing
 * the body again.
 *
 * @param reply the reply as received
 * @param root the body's JSON object
 */
record JsonReply(ApiReply reply, JsonNode root) {}
