package dev.copydesk.normalize;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.profiles.LanguageProfile;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Optimaize's per-language probabilities of each 1-3-gram ({@link NgramFrequencyData}), keyed by
 * the gram's chars packed into a long in an open-addressed table: a look-up makes no string and
 * hashes none (Optimaize's map made a substring and hashed it for each of the ~1,000 look-ups per
 * text). Immutable and thread-safe.
 */
final class GramProbabilities {

  private static final int MAX_LENGTH = 3;

  private final long[] keys;
  private final double[][] values;
  private final int shift;

  private GramProbabilities(int grams) {
    int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(grams) + 1); // at most half full
    this.keys = new long[1 << bits];
    this.values = new double[1 << bits][];
    this.shift = 64 - bits;
  }

  /** Every gram of the profiles that {@code data} knows, with its probabilities there. */
  static GramProbabilities of(Collection<LanguageProfile> profiles, NgramFrequencyData data) {
    Set<String> grams = new HashSet<>();
    for (LanguageProfile profile : profiles) {
      for (Map.Entry<String, Integer> gram : profile.iterateGrams()) {
        if (gram.getKey().length() <= MAX_LENGTH) {
          grams.add(gram.getKey());
        }
      }
    }
    GramProbabilities table = new GramProbabilities(grams.size());
    for (String gram : grams) {
      double[] probabilities = data.getProbabilities(gram);
      if (probabilities != null) {
        table.put(key(gram, 0, gram.length()), probabilities);
      }
    }
    return table;
  }

  /**
   * The key of {@code text[start, start + length)}: its length and chars, 16 bits each; never 0.
   */
  static long key(CharSequence text, int start, int length) {
    if (length < 1 || length > MAX_LENGTH) {
      return 0;
    }
    long key = length;
    for (int i = start; i < start + length; i++) {
      key = key << 16 | text.charAt(i);
    }
    return key;
  }

  /** The gram's probabilities per language, in Optimaize's language order; null if unknown. */
  double[] get(long key) {
    for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot] == key) {
        return values[slot];
      }
    }
    return null;
  }

  private void put(long key, double[] probabilities) {
    int slot = slot(key);
    while (keys[slot] != 0) {
      slot = (slot + 1) & (keys.length - 1);
    }
    keys[slot] = key;
    values[slot] = probabilities;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
