/**
 * Receiving Jemeni webhooks: signature verification over the raw body, freshness, typed events and
 * delivery once.
 *
 * <p>{@link dev.jemeni.webhooks.WebhookProcessor} is the entry point for an application: it returns
 * 2xx for a processed or duplicate event, 409 while another delivery of the same event runs, 4xx
 * for a rejected request and 500 when the application's handler throws. {@link
 * dev.jemeni.webhooks.WebhookReceiver} gives the verified event without delivery tracking, {@link
 * dev.jemeni.webhooks.WebhookVerifier} checks the signature only, and {@link
 * dev.jemeni.webhooks.WebhookSigner} computes the header a sender puts on a body.
 *
 * <p>The default signature is lowercase hex HMAC-SHA512 of the raw body, keyed with the webhook
 * secret, in the {@code X-Jemeni-Signature} header; upper-case hex is accepted. Every text is
 * encoded and decoded as UTF-8, whatever the JVM's default charset.
 */
package dev.jemeni.webhooks;
