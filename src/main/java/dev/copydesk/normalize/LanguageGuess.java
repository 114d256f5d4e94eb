package dev.copydesk.normalize;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The body's language as an ISO 639-1 code, by Optimaize's n-gram detector (~2 ms per article).
 * Short texts and unclear scores give no answer rather than a guess.
 */
final class LanguageGuess {

  static final String SOURCE = "text:optimaize";

  /** Below this many words the detector's answers are noise. */
  static final int MIN_WORDS = 20;

  /** Characters of a script under this share of the text are ignored (Optimaize's default). */
  static final double MINORITY_SCRIPT_SHARE = 0.3;

  static final double MIN_PROBABILITY = 0.90;
  static final double HIGH_PROBABILITY = 0.99;

  /**
   * About 300 words settle the language (the n-gram scores of news copy do not change their
   * ranking after that); reading further only costs time on every file.
   */
  static final int MAX_CHARS = 2_000;

  /** Loading the 70 built-in profiles takes ~1 s; the detector is immutable and thread-safe. */
  private static final class Holder {
    static final LanguageDetector DETECTOR = build();
    /**
     * Optimaize's large-text set-up without its URL filter: the body is clean prose by now (link
     * artefacts are boilerplate), and that regex was a third of the detector's time.
     */
    static final TextObjectFactory TEXT =
        new TextObjectFactoryBuilder()
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(MINORITY_SCRIPT_SHARE))
            .build();
  }

  private LanguageGuess() {}

  /**
   * Loads the profiles on a background thread, so that the first file's parse and the ~1 s of
   * profile loading overlap instead of adding up; a caller that needs the detector earlier waits
   * for the same load.
   */
  static void warmUp() {
    Thread loader = new Thread(() -> Holder.DETECTOR.hashCode(), "copydesk-language-profiles");
    loader.setDaemon(true);
    loader.start();
  }

  /** The language and the confidence of the guess, or empty when unsure. */
  static Optional<Found> detect(String text) {
    if (TextCleaner.words(text) < MIN_WORDS) {
      return Optional.empty();
    }
    List<DetectedLanguage> ranked =
        Holder.DETECTOR.getProbabilities(
            Holder.TEXT.forText(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    DetectedLanguage best = ranked.get(0);
    String code = best.getLocale().getLanguage();
    String confidence =
        best.getProbability() >= HIGH_PROBABILITY ? MetadataSources.HIGH : MetadataSources.MEDIUM;
    return Optional.of(
        new Found(MetadataSources.Field.LANGUAGE, List.of(code), SOURCE, SOURCE, confidence));
  }

  private static LanguageDetector build() {
    try {
      return LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("language profiles missing from the classpath", e);
    }
  }
}
