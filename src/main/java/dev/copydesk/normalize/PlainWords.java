package dev.copydesk.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * English words that are only words, never names: {@code council}, {@code winners}, {@code tonight}
 * are; {@code hart}, {@code young}, {@code grace} are not (people are called so). The list ({@code
 * plain-words.txt}, built by {@code scripts/make-plain-words} from the SCOWL word lists) is read
 * the first time it is asked.
 */
final class PlainWords {

  private static final String RESOURCE = "plain-words.txt";

  private PlainWords() {}

  /** Whether a word, in any case, is an English word that is never a name. */
  static boolean contains(String word) {
    return Loaded.WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Holds the words; loaded by the JVM when first used, once. */
  private static final class Loaded {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> words = new HashSet<>(100_000);
      try (InputStream in = PlainWords.class.getResourceAsStream(RESOURCE);
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.lines().filter(line -> !line.startsWith("#")).forEach(words::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Collections.unmodifiableSet(words);
    }
  }
}
