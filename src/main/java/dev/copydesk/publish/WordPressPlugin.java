package dev.copydesk.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What copydesk's plugin on the WordPress site offers, asked once per target. Its create guard
 * refuses a second post for one {@code copydesk_id} (answering 409 with the existing post's id),
 * which lets a first delivery be a single POST instead of lookups followed by a POST.
 */
final class WordPressPlugin {

  private static final Logger LOG = LoggerFactory.getLogger(WordPressPlugin.class);
  static final String PATH = "wp-json/copydesk/v1/plugin";

  private final WordPressClient client;
  private volatile Boolean createGuard;

  WordPressPlugin(WordPressClient client) {
    this.client = client;
  }

  /** True when the site guards creation; asks the site the first time. */
  boolean createGuard() throws WordPressNames.Unresolved {
    Boolean known = createGuard;
    if (known != null) {
      return known;
    }
    WordPressClient.Reply reply = client.getFromSite(PATH);
    if (reply.ok()) {
      known = reply.body().path("createGuard").asBoolean(false);
    } else if (reply.status() == 404) {
      known = false;
      LOG.warn(
          "the WordPress site runs an older copydesk plugin (no create guard):"
              + " each new post costs two extra lookups; install the current plugin");
    } else {
      throw new WordPressNames.Unresolved(reply.asFailure());
    }
    createGuard = known;
    return known;
  }
}
