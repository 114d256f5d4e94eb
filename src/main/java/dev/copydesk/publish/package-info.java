/**
 * Delivery to the CMS. {@link dev.copydesk.publish.Publisher#submit} commits the entry and its
 * outbox row to SQLite ({@code OutboxStore}); a {@code Relay} delivers due rows to a {@link
 * dev.copydesk.publish.Target} ({@code file}, {@code http}, {@code wordpress}) with backoff, {@code
 * Retry-After} and a circuit breaker; permanent refusals become {@link
 * dev.copydesk.publish.DeadLetters}, editor edits in the CMS become {@link
 * dev.copydesk.publish.Conflicts}. See docs/delivery.md.
 */
package dev.copydesk.publish;
