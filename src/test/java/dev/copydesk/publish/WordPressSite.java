package dev.copydesk.publish;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The local WordPress the integration tests run against, from the environment that {@code
 * scripts/wordpress-local env} prints. Absent in CI is a failure; elsewhere the tests skip.
 */
final class WordPressSite {

  final URI url;
  final String user;
  final String password;
  final WordPressClient rest;

  private WordPressSite(URI url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.rest =
        new WordPressClient(url, user, password, Duration.ofSeconds(5), Duration.ofSeconds(30));
  }

  static WordPressSite fromEnvironment() {
    String url = System.getenv("COPYDESK_WORDPRESS_URL");
    String user = System.getenv("COPYDESK_WORDPRESS_USER");
    String password = System.getenv("COPYDESK_WORDPRESS_PASSWORD");
    if (url == null || user == null || password == null) {
      String why =
          "COPYDESK_WORDPRESS_URL/USER/PASSWORD not set: run"
              + " `scripts/wordpress-local start && eval \"$(scripts/wordpress-local env)\"`";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      assumeTrue(false, why);
    }
    return new WordPressSite(URI.create(url), user, password);
  }

  /** Every post (any status) carrying {@code copydesk_id}. */
  JsonNode postsFor(String entryId) {
    WordPressClient.Reply reply =
        rest.get(
            "posts?status=any&context=edit&per_page=100&copydesk_id="
                + WordPressClient.encode(entryId));
    if (!reply.ok()) {
      throw new AssertionError("lookup failed: " + reply.status() + " " + reply.text());
    }
    return reply.body();
  }

  /** Runs {@code scripts/wordpress-local ARG} (start or stop) and waits for it. */
  void script(String arg) throws Exception {
    Process process =
        new ProcessBuilder(Path.of("scripts", "wordpress-local").toAbsolutePath().toString(), arg)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (process.waitFor() != 0) {
      throw new AssertionError("scripts/wordpress-local " + arg + " failed");
    }
  }
}
