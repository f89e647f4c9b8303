package dev.jemeni.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON response to write.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
record Response(int status, JsonNode body) {}
