package dev.copydesk.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of the boilerplate table: a case-insensitive pattern, the reason recorded in {@code
 * removed}, where in the article the rule may act, whether the pattern must cover the whole block
 * or only start it, what is removed, and how often the text must occur before it counts as
 * boilerplate (image credits are only boilerplate when repeated). A match outside its place, or
 * seen fewer times than required, keeps the text and raises {@code POSSIBLE_BOILERPLATE}.
 *
 * <p>{@code triggers}: lower-case words of which every text the pattern matches contains at least
 * one (each alternative of the pattern spells one out). Every line of every file is tested against
 * the table, and almost none mention any trigger, so most lines never reach the regexes.
 */
record BoilerplateRule(
    Pattern pattern,
    String reason,
    Where where,
    Scope scope,
    Effect effect,
    int minRepeats,
    List<String> triggers) {

  /** Where a rule may act; positions are shares of the article's blocks. */
  enum Where {
    ANYWHERE,
    /** In the first fifth of the article. */
    TOP,
    /** In the second half of the article. */
    BOTTOM
  }

  /** How much of a block the pattern must cover. */
  enum Scope {
    WHOLE,
    /** The block starts with the pattern and is short ({@link #PREFIX_MAX_WORDS}). */
    PREFIX
  }

  /** What goes when the rule acts. */
  enum Effect {
    BLOCK,
    /** The block and every block after it (a related-content list at the end of a page). */
    BLOCK_AND_RUN_AFTER
  }

  static final int PREFIX_MAX_WORDS = 30;

  /**
   * No {@code WHOLE} pattern in the table covers more than ~120 characters (their free parts are
   * bounded, e.g. {@code .{1,80}}), so longer text is prose and skips the regex: every line of
   * every file passes through here.
   */
  static final int WHOLE_MAX_CHARS = 240;

  static BoilerplateRule rule(
      String regex, String reason, Where where, Scope scope, String... triggers) {
    return new BoilerplateRule(
        compile(regex), reason, where, scope, Effect.BLOCK, 1, List.of(triggers));
  }

  /**
   * A heading in the lower half that takes the run of short blocks after it: the whole block
   * ({@code More from X}), or a block it starts ({@code Media contact: …}).
   */
  static BoilerplateRule run(Scope scope, String regex, String reason, String... triggers) {
    return new BoilerplateRule(
        compile(regex),
        reason,
        Where.BOTTOM,
        scope,
        Effect.BLOCK_AND_RUN_AFTER,
        1,
        List.of(triggers));
  }

  static BoilerplateRule repeated(String regex, String reason, String... triggers) {
    return new BoilerplateRule(
        compile(regex), reason, Where.ANYWHERE, Scope.WHOLE, Effect.BLOCK, 2, List.of(triggers));
  }

  /** Whether the pattern matches the text as this rule's scope demands. */
  boolean matches(String text) {
    String folded = caseFold(text);
    return triggers.stream().anyMatch(folded::contains) && patternMatches(text);
  }

  /**
   * The pattern alone, as the scope demands: for a text already known to mention one of the
   * triggers (see {@link TriggerScan}).
   */
  boolean patternMatches(String text) {
    return switch (scope) {
      case WHOLE -> text.length() <= WHOLE_MAX_CHARS && pattern.matcher(text).matches();
      case PREFIX ->
          !TextCleaner.hasMoreWords(text, PREFIX_MAX_WORDS) && pattern.matcher(text).lookingAt();
    };
  }

  /**
   * Whether some scope admits a text this long: a text over {@link #WHOLE_MAX_CHARS} with more than
   * {@link #PREFIX_MAX_WORDS} words (most body paragraphs) matches no row of any table.
   */
  static boolean withinAnyScope(String text) {
    return text.length() <= WHOLE_MAX_CHARS || !TextCleaner.hasMoreWords(text, PREFIX_MAX_WORDS);
  }

  /**
   * Case-folds the way a case-insensitive Unicode pattern compares chars (upper, then lower case),
   * so a trigger is found wherever the pattern could match.
   */
  static String caseFold(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(text.charAt(i));
    }
    return new String(chars);
  }

  /** One char of {@link #caseFold}; ASCII without the Unicode tables (same answer). */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whether a block at {@code position} of {@code size} blocks is where this rule may act. */
  boolean admits(int position, int size) {
    return switch (where) {
      case ANYWHERE -> true;
      case TOP -> position < Math.max(3, size / 5);
      case BOTTOM -> position * 2 >= size;
    };
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
