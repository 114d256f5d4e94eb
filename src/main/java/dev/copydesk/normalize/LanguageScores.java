package dev.copydesk.normalize;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.cybozu.util.Util;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Optimaize's language detector ({@code LanguageDetectorImpl} as its builder sets it up: standard
 * 1-3-grams, alpha 0.5, seed 41, short-text algorithm up to 50 chars, threshold 0.1), giving the
 * same probabilities, faster on long texts. Optimaize builds a list of every n-gram of the text
 * (about three strings per character) and then reads a few hundred of them, picked at random; this
 * keeps only where the n-grams start and looks up the ones the same random sequence picks by their
 * chars ({@link GramProbabilities}), making no string. Immutable and thread-safe.
 */
final class LanguageScores {

  private static final int SHORT_TEXT_MAX = 50;
  private static final double ALPHA = 0.5;
  private static final double ALPHA_WIDTH = 0.05;
  private static final int ITERATION_LIMIT = 1000;
  private static final double CONV_THRESHOLD = 0.99999;
  private static final int BASE_FREQ = 10000;
  private static final int TRIALS = 7;
  private static final long SEED = 41L;
  private static final double PROBABILITY_THRESHOLD = 0.1;

  private final NgramFrequencyData data;
  private final GramProbabilities grams;

  /**
   * The profiles are gathered as Optimaize's builder gathers them, so the language order agrees.
   */
  LanguageScores(Collection<LanguageProfile> profiles) {
    Set<LanguageProfile> gathered = new HashSet<>(); // grown one add at a time, like the builder's
    gathered.addAll(profiles);
    this.data = NgramFrequencyData.create(gathered, List.of(1, 2, 3));
    this.grams = GramProbabilities.of(gathered, data);
  }

  /** Languages scoring at least 0.1, best first: Optimaize's {@code getProbabilities}. */
  List<DetectedLanguage> probabilities(String text) {
    double[] scores = text.length() <= SHORT_TEXT_MAX ? shortText(text) : longText(text);
    return scores == null ? List.of() : ranked(scores);
  }

  private double[] shortText(String text) {
    Map<String, Integer> grams = NgramExtractors.standard().extractCountedGrams(text);
    if (grams.isEmpty()) {
      return null;
    }
    double[] prob = initial();
    for (Map.Entry<String, Integer> gram : grams.entrySet()) {
      String chars = gram.getKey();
      update(prob, GramProbabilities.key(chars, 0, chars.length()), gram.getValue(), ALPHA);
      if (Util.normalizeProb(prob) > CONV_THRESHOLD) {
        break;
      }
    }
    Util.normalizeProb(prob);
    return prob;
  }

  private double[] longText(String text) {
    Grams starts = Grams.of(text);
    if (starts.size() == 0) {
      return null;
    }
    double[] scores = new double[data.getLanguageList().size()];
    Random random = new Random(SEED);
    for (int t = 0; t < TRIALS; t++) {
      double[] prob = initial();
      double alpha = ALPHA + random.nextGaussian() * ALPHA_WIDTH;
      for (int i = 0; i < ITERATION_LIMIT; i++) {
        update(prob, starts.key(random.nextInt(starts.size())), 1, alpha);
        if (i % 5 == 0 && Util.normalizeProb(prob) > CONV_THRESHOLD) {
          break;
        }
      }
      for (int j = 0; j < scores.length; j++) {
        scores[j] += prob[j] / TRIALS;
      }
    }
    return scores;
  }

  private double[] initial() {
    int languages = data.getLanguageList().size();
    double[] prob = new double[languages];
    for (int i = 0; i < languages; i++) {
      prob[i] = 1.0 / languages;
    }
    return prob;
  }

  private void update(double[] prob, long gram, int count, double alpha) {
    double[] gramProb = grams.get(gram);
    if (gramProb == null) {
      return;
    }
    double weight = alpha / BASE_FREQ;
    for (int i = 0; i < prob.length; i++) {
      for (int n = 0; n < count; n++) {
        prob[i] *= weight + gramProb[i];
      }
    }
  }

  private List<DetectedLanguage> ranked(double[] scores) {
    List<DetectedLanguage> ranked = new ArrayList<>();
    for (int j = 0; j < scores.length; j++) {
      if (scores[j] >= PROBABILITY_THRESHOLD) {
        ranked.add(new DetectedLanguage(data.getLanguage(j), scores[j]));
      }
    }
    ranked.sort(Comparator.comparingDouble(DetectedLanguage::getProbability).reversed());
    return ranked;
  }

  /**
   * The n-grams of a text padded with a space at each end, in Optimaize's order (all 1-grams, then
   * 2-grams, then 3-grams, each by position; a 1-gram that is a space and a 3-gram with a space in
   * the middle left out), known by where they start.
   */
  private record Grams(String padded, int[] singles, int pairs, int[] triples) {

    static Grams of(String text) {
      String padded = pad(text);
      int length = padded.length();
      int[] singles = new int[length];
      int[] triples = new int[length];
      int singleCount = 0;
      int tripleCount = 0;
      for (int p = 0; p < length; p++) {
        if (padded.charAt(p) != ' ') {
          singles[singleCount++] = p;
        }
      }
      for (int p = 0; p + 3 <= length; p++) {
        if (padded.charAt(p + 1) != ' ') {
          triples[tripleCount++] = p;
        }
      }
      return new Grams(
          padded,
          Arrays.copyOf(singles, singleCount),
          Math.max(0, length - 1),
          Arrays.copyOf(triples, tripleCount));
    }

    int size() {
      return singles.length + pairs + triples.length;
    }

    /** The {@link GramProbabilities#key} of the gram at {@code index}. */
    long key(int index) {
      if (index < singles.length) {
        return GramProbabilities.key(padded, singles[index], 1);
      }
      int pair = index - singles.length;
      if (pair < pairs) {
        return GramProbabilities.key(padded, pair, 2);
      }
      return GramProbabilities.key(padded, triples[pair - pairs], 3);
    }

    private static String pad(String text) {
      if (text.isEmpty()) {
        return text;
      }
      String start = text.charAt(0) == ' ' ? "" : " ";
      String end = text.charAt(text.length() - 1) == ' ' ? "" : " ";
      return start + text + end;
    }
  }
}
