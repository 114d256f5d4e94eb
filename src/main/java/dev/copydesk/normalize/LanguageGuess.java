package dev.copydesk.normalize;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.cybozu.util.CharNormalizer;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The body's language as an ISO 639-1 code: Chinese, Japanese and Korean by their scripts ({@link
 * CjkScripts}), the others by Optimaize's n-gram scores ({@link LanguageScores}, ~0.2 ms per
 * article). Short texts and unclear scores give no answer rather than a guess.
 */
final class LanguageGuess {

  static final String SOURCE = "text:optimaize";

  /** Below this many words the detector's answers are noise. */
  static final int MIN_WORDS = 20;

  /** Characters of a script under this share of the text are ignored (Optimaize's default). */
  static final double MINORITY_SCRIPT_SHARE = 0.3;

  private static final TextFilter MINORITY_SCRIPTS =
      RemoveMinorityScriptsTextFilter.forThreshold(MINORITY_SCRIPT_SHARE);

  static final double MIN_PROBABILITY = 0.90;
  static final double HIGH_PROBABILITY = 0.99;

  /**
   * About 300 words settle the language (the n-gram scores of news copy do not change their ranking
   * after that); reading further only costs time on every file.
   */
  static final int MAX_CHARS = 2_000;

  /** Loading the 70 built-in profiles takes ~1 s; the scores are immutable and thread-safe. */
  private static final class Holder {
    static final LanguageScores SCORES = build();
  }

  private LanguageGuess() {}

  /**
   * Loads the profiles on a background thread, so that the first file's parse and the ~1 s of
   * profile loading overlap instead of adding up; a caller that needs the detector earlier waits
   * for the same load.
   */
  static void warmUp() {
    Thread loader = new Thread(() -> Holder.SCORES.hashCode(), "copydesk-language-profiles");
    loader.setDaemon(true);
    loader.start();
  }

  /** The language and the confidence of the guess, or empty when unsure. */
  static Optional<Found> detect(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Optional<String> cjk = CjkScripts.language(sample);
    if (cjk.isPresent()) {
      return Optional.of(found(cjk.get(), MetadataSources.HIGH));
    }
    if (!TextCleaner.hasMoreWords(text, MIN_WORDS - 1)) {
      return Optional.empty();
    }
    List<DetectedLanguage> ranked = Holder.SCORES.probabilities(detectorText(sample));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    DetectedLanguage best = ranked.get(0);
    String code = best.getLocale().getLanguage();
    String confidence =
        best.getProbability() >= HIGH_PROBABILITY ? MetadataSources.HIGH : MetadataSources.MEDIUM;
    return Optional.of(found(code, confidence));
  }

  private static Found found(String code, String confidence) {
    return new Found(MetadataSources.Field.LANGUAGE, List.of(code), SOURCE, SOURCE, confidence);
  }

  /**
   * The text as Optimaize's large-text set-up (without its URL filter: the body is clean prose by
   * now, and that regex was a third of the detector's time) hands it to the detector: scripts under
   * {@value #MINORITY_SCRIPT_SHARE} of the main one dropped, each char normalised by its {@code
   * CharNormalizer}, runs of spaces made one. The same string, faster: the script filter only runs
   * when a second script is present, and ASCII chars skip the normaliser's Unicode-block lookup
   * (letters stay, everything else is a space, as it decides for the Basic Latin block).
   */
  static String detectorText(String text) {
    String filtered = oneScript(text) ? text : MINORITY_SCRIPTS.filter(text);
    StringBuilder out = new StringBuilder(filtered.length());
    char previous = 0;
    for (int i = 0; i < filtered.length(); i++) {
      char c = filtered.charAt(i);
      char normal = c < 0x80 ? (isAsciiLetter(c) ? c : ' ') : CharNormalizer.normalize(c);
      if (normal != ' ' || previous != ' ') {
        out.append(normal);
      }
      previous = normal;
    }
    return out.toString();
  }

  /** Whether the script filter counts at most one script (Latin) in the text: it then keeps all. */
  private static boolean oneScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.LATIN
            && script != Character.UnicodeScript.COMMON
            && script != Character.UnicodeScript.INHERITED
            && script != Character.UnicodeScript.UNKNOWN) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static LanguageScores build() {
    try {
      return new LanguageScores(new LanguageProfileReader().readAllBuiltIn());
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
  }
}
