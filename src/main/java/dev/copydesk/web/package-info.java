/**
 * The HTTP side of copydesk: thin servlets that translate requests into {@link
 * dev.copydesk.jobs.Ingestion} calls and back, the {@code ServletContainerInitializer} that
 * installs them in any Servlet 6.1 host, the embedded Jetty server, authentication (bearer token,
 * page sessions with CSRF, host-provided {@link dev.copydesk.web.Authenticator}s), problem+json
 * errors and the upload page. The only package that sees {@code jakarta.servlet} and Jetty.
 */
package dev.copydesk.web;
