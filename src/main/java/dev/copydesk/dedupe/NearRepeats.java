package dev.copydesk.dedupe;

import dev.copydesk.dedupe.Repeat.Pair;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near repeats inside one article: paragraphs sharing most of their word shingles, and pull quotes.
 * Only pairs that share a shingle are ever compared (an inverted index over 3-shingles), so a
 * 2,000-paragraph body costs about as much as hashing it.
 *
 * <p>Shingle size: 5 words (TEXT.md) when both paragraphs have {@value #SHORT_WORDS}+ words; below
 * that one edited word would wipe out most 5-shingles, so 3-word shingles. Paragraphs under {@value
 * #MIN_WORDS} words are not compared at all: at that length a near match is a stock phrase more
 * often than a repeat, and exact repeats are caught anyway.
 */
final class NearRepeats {

  static final int MIN_WORDS = 8;
  static final int SHORT_WORDS = 30;
  static final int MIN_QUOTE_WORDS = 4;

  /** Longest paragraph still read as a pull quote when most of it sits inside a longer one. */
  static final int PULL_QUOTE_WORDS = 40;

  /** A 3-shingle in more paragraphs than this is a stock phrase; it is not counted. */
  private static final int COMMON_SHINGLE = 50;

  private static final double JACCARD = 0.5;
  private static final double CONTAINMENT = 0.8;

  /** Near pairs (later block, earlier block) and pull quotes (quote, the block it restates). */
  record Found(List<Pair> near, List<Pair> pullQuotes) {}

  private final List<Block> body;
  private final long[][] words;
  private final Map<Integer, long[]> shingles3 = new HashMap<>();
  private final Map<Integer, long[]> shingles5 = new HashMap<>();
  private final Map<Long, List<Integer>> postings = new HashMap<>();

  private NearRepeats(List<Block> body, long[][] words) {
    this.body = body;
    this.words = words;
  }

  /** {@code skip}: blocks already known as exact repeats. */
  static Found find(List<Block> body, long[][] words, Set<Integer> skip) {
    return new NearRepeats(body, words).find(skip);
  }

  private Found find(Set<Integer> skip) {
    List<Pair> near = new ArrayList<>();
    List<Pair> pullQuotes = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (!skip.contains(i) && isParagraph(i)) {
        Pair best = bestEarlier(i);
        if (best != null) {
          boolean pull = isPullQuote(best.block(), best.first());
          (pull ? pullQuotes : near).add(pull ? quoteFirst(best) : best);
        }
        post(i);
      }
    }
    for (int q = 0; q < body.size(); q++) {
      if (!skip.contains(q)
          && body.get(q).kind() == BlockKind.QUOTE
          && words[q].length >= MIN_QUOTE_WORDS) {
        Pair restated = restated(q);
        if (restated != null) {
          pullQuotes.add(restated);
        }
      }
    }
    pullQuotes.sort((a, b) -> Integer.compare(a.block(), b.block()));
    return new Found(near, pullQuotes);
  }

  private Pair bestEarlier(int i) {
    Pair best = null;
    long[] mine = shingles(i, 3);
    for (Map.Entry<Integer, Integer> shared : sharedCounts(mine).entrySet()) {
      int j = shared.getKey();
      if (shared.getValue() < 0.3 * Math.min(mine.length, shingles(j, 3).length)) {
        continue;
      }
      Overlap overlap = overlap(i, j);
      double similarity = overlap.jaccard() >= JACCARD ? overlap.jaccard() : overlap.containment();
      boolean match = overlap.jaccard() >= JACCARD || overlap.containment() >= CONTAINMENT;
      if (match && (best == null || similarity > best.similarity())) {
        best = new Pair(i, j, CrossMatcher.round(similarity));
      }
    }
    return best;
  }

  /** Pull quote: the shorter paragraph is short, and mostly inside the longer but not its twin. */
  private boolean isPullQuote(int i, int j) {
    int shorter = Math.min(words[i].length, words[j].length);
    return shorter <= PULL_QUOTE_WORDS && overlap(i, j).jaccard() < JACCARD;
  }

  private Pair quoteFirst(Pair pair) {
    boolean laterIsShorter = words[pair.block()].length <= words[pair.first()].length;
    return laterIsShorter ? pair : new Pair(pair.first(), pair.block(), pair.similarity());
  }

  private Pair restated(int quote) {
    long[] mine = shingles(quote, 3);
    Pair best = null;
    for (int j : sharedCounts(mine).keySet()) {
      double containment = (double) Shingles.intersection(mine, shingles(j, 3)) / mine.length;
      if (containment >= CONTAINMENT && (best == null || containment > best.similarity())) {
        best = new Pair(quote, j, CrossMatcher.round(containment));
      }
    }
    return best;
  }

  private Overlap overlap(int i, int j) {
    int k = Math.min(words[i].length, words[j].length) >= SHORT_WORDS ? 5 : 3;
    return Overlap.exact(shingles(i, k), shingles(j, k));
  }

  private Map<Integer, Integer> sharedCounts(long[] shingles) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (long shingle : shingles) {
      List<Integer> holders = postings.get(shingle);
      if (holders != null && holders.size() <= COMMON_SHINGLE) {
        holders.forEach(j -> counts.merge(j, 1, Integer::sum));
      }
    }
    return counts;
  }

  private void post(int i) {
    for (long shingle : shingles(i, 3)) {
      postings.computeIfAbsent(shingle, s -> new ArrayList<>(2)).add(i);
    }
  }

  private long[] shingles(int block, int k) {
    Map<Integer, long[]> cache = k == 3 ? shingles3 : shingles5;
    return cache.computeIfAbsent(block, b -> Shingles.of(words[b], k));
  }

  private boolean isParagraph(int i) {
    BlockKind kind = body.get(i).kind();
    return (kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST) && words[i].length >= MIN_WORDS;
  }
}
