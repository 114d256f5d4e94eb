/**
 * Delivery to the CMS: targets ({@code file}, {@code wordpress}, {@code http}), the durable outbox
 * and the relay with retries and dead letters.
 */
package dev.copydesk.publish;
