/**
 * One immutable configuration tree, read from {@code copydesk.json} and {@code COPYDESK_*}
 * environment variables over built-in defaults. Unknown keys fail with their path; secrets never
 * appear in {@code toString}.
 */
package dev.copydesk.config;
