package dev.copydesk.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the site name web pages append to titles ({@code Title – Site}, {@code Title | Site}). A
 * pipe almost always introduces a site name; a dash often belongs to the title ("Europe – The Long
 * Winter"), so after a dash only a known site name, a domain or a short capitalised name goes.
 */
final class SiteSuffix {

  private static final Pattern LAST_SEPARATOR =
      Pattern.compile("^(?<head>.+?)\\s+(?<sep>\\||::|·|•|–|—|-)\\s+(?<tail>[^|·•–—]+)$");
  private static final Pattern CAPITALISED = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}'’&.]*\\s*)+");
  private static final Pattern DOMAIN = Pattern.compile("[\\w-]+(\\.[\\w-]+)+");
  private static final int MAX_SITE_WORDS = 5;
  private static final int MAX_DASH_SITE_WORDS = 3;

  private SiteSuffix() {}

  /** The title without its site suffix; {@code siteName} (og:site_name) may be null. */
  static String strip(String title, String siteName) {
    Matcher m = LAST_SEPARATOR.matcher(title);
    if (!m.matches() || TextCleaner.words(m.group("head")) < 2) {
      return title;
    }
    String head = m.group("head").strip();
    String tail = m.group("tail").strip();
    if (siteName != null && TextCleaner.fold(tail).equals(TextCleaner.fold(siteName))) {
      return head;
    }
    int tailWords = TextCleaner.words(tail);
    boolean dash = m.group("sep").matches("[–—-]");
    if (!dash) {
      return tailWords <= MAX_SITE_WORDS ? head : title;
    }
    boolean siteLike =
        DOMAIN.matcher(tail).matches()
            || (tailWords <= MAX_DASH_SITE_WORDS && CAPITALISED.matcher(tail).matches());
    return siteLike ? head : title;
  }
}
