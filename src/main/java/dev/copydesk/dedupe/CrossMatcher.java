package dev.copydesk.dedupe;

import dev.copydesk.dedupe.Fingerprint.Probe;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cross-article rules, shared by both indexes: which earlier entry is the same article (or a
 * revision of it), and which other entries share passages. The indexes only find candidates.
 *
 * <table>
 *   <tr><th>rule</th><th>threshold</th><th>why</th></tr>
 *   <tr><td>same article</td><td>Jaccard ≥ 0.5, or containment ≥ 0.8 with the shorter text at
 *       least 20 shingles</td><td>TEXT.md: max 0.137 between distinct articles; catches trimmed
 *       and boilerplate-wrapped copies</td></tr>
 *   <tr><td>estimated containment</td><td>also needs estimated Jaccard ≥ 0.2</td><td>containment
 *       from a MinHash estimate is noisy when one text is many times longer</td></tr>
 *   <tr><td>revision</td><td>same article, and a {@value Fingerprint#PASSAGE_WORDS}+ word paragraph
 *       on each side that the other lacks (not explained by a split or joined paragraph)</td>
 *       <td>an edit changes text on both sides; a copy, an excerpt or a wrapper changes at most
 *       one side</td></tr>
 *   <tr><td>shared passage</td><td>a {@value Fingerprint#PASSAGE_WORDS}+ word paragraph in at most
 *       {@value #STOCK_PARAGRAPH_ENTRIES} other entries</td><td>more is stock text (an author
 *       bio, a disclaimer), not quoted copy</td></tr>
 * </table>
 */
final class CrossMatcher {

  static final double SAME_JACCARD = 0.5;
  static final double SAME_CONTAINMENT = 0.8;
  static final int MIN_CONTAINED_SHINGLES = 20;
  static final double MIN_ESTIMATED_JACCARD = 0.2;

  /**
   * Above this Jaccard the words are the same and only the paragraphing differs (another format's
   * extraction joins headings to paragraphs, splits at page breaks): the same article, not a
   * revision, however many paragraph hashes changed.
   */
  static final double SAME_WORDS_JACCARD = 0.95;

  static final int STOCK_PARAGRAPH_ENTRIES = 10;
  static final int MAX_SHARED_PASSAGE_FLAGS = 5;

  private CrossMatcher() {}

  /**
   * Flags for the probe. {@code candidates}: entries sharing an LSH band, oldest first. {@code
   * passageOwners}: for each of the probe's paragraph hashes, the other entries holding it (absent
   * when more than {@link #STOCK_PARAGRAPH_ENTRIES} do), oldest first.
   */
  static List<Flag> flags(
      Probe probe, List<Fingerprint> candidates, Map<Long, List<Fingerprint>> passageOwners) {
    Fingerprint self = probe.print();
    List<Flag> flags = new ArrayList<>();
    List<String> sameArticle = new ArrayList<>();
    Fingerprint best = null;
    Overlap bestOverlap = null;
    for (Fingerprint earlier : withPassageOwners(candidates, passageOwners)) {
      Overlap overlap = self.overlapWith(earlier);
      if (isSameArticle(overlap, self.estimated(earlier))) {
        sameArticle.add(earlier.id());
        if (best == null || overlap.jaccard() > bestOverlap.jaccard() + 1e-9) {
          best = earlier;
          bestOverlap = overlap;
        }
      }
    }
    if (best != null) {
      flags.add(articleFlag(probe, best, bestOverlap));
    }
    flags.addAll(sharedPassages(self, passageOwners, sameArticle));
    return flags;
  }

  /**
   * Entries sharing a whole paragraph are candidates too: an excerpt can fall below the Jaccard
   * that LSH banding catches reliably (J ≈ 0.35 for a copy trimmed by 40%) while sharing most
   * paragraphs verbatim.
   */
  private static List<Fingerprint> withPassageOwners(
      List<Fingerprint> candidates, Map<Long, List<Fingerprint>> passageOwners) {
    Map<String, Fingerprint> all = new LinkedHashMap<>();
    candidates.forEach(c -> all.put(c.id(), c));
    passageOwners.values().forEach(owners -> owners.forEach(o -> all.putIfAbsent(o.id(), o)));
    return List.copyOf(all.values());
  }

  static boolean isSameArticle(Overlap overlap, boolean estimated) {
    if (overlap.jaccard() >= SAME_JACCARD) {
      return true;
    }
    boolean bigEnough = Math.min(overlap.sizeA(), overlap.sizeB()) >= MIN_CONTAINED_SHINGLES;
    boolean trustworthy = !estimated || overlap.jaccard() >= MIN_ESTIMATED_JACCARD;
    return bigEnough && trustworthy && overlap.containment() >= SAME_CONTAINMENT;
  }

  private static Flag articleFlag(Probe probe, Fingerprint earlier, Overlap overlap) {
    int added = unexplainedNew(probe, earlier);
    int dropped = unexplainedOld(probe, earlier);
    double similarity = round(Math.max(overlap.jaccard(), overlap.containment()));
    String measure =
        String.format(
            Locale.ROOT,
            "Jaccard %.2f, containment %.2f",
            overlap.jaccard(),
            overlap.containment());
    if (added > 0 && dropped > 0 && overlap.jaccard() < SAME_WORDS_JACCARD) {
      String message =
          String.format(
              Locale.ROOT,
              "Likely a revision of entry %s: %d paragraph(s) new or changed, %d no longer present (%s)",
              earlier.id(),
              added,
              dropped,
              measure);
      return Flag.crossEntry(FlagCode.REVISION_OF, null, earlier.id(), null, similarity, message);
    }
    String message =
        String.format(
            Locale.ROOT, "Same article as entry %s, already ingested (%s)", earlier.id(), measure);
    return Flag.crossEntry(
        FlagCode.CROSS_DOCUMENT_DUPLICATE, null, earlier.id(), null, similarity, message);
  }

  /** Paragraphs of the probe the earlier entry lacks, not counting earlier paragraphs joined. */
  private static int unexplainedNew(Probe probe, Fingerprint earlier) {
    Fingerprint self = probe.print();
    int count = 0;
    for (int i = 0; i < self.paragraphHashes().length; i++) {
      if (!earlier.hasParagraph(self.paragraphHashes()[i])
          && !probe.joins(self.paragraphBlocks()[i], earlier)) {
        count++;
      }
    }
    return count;
  }

  /** Paragraphs of the earlier entry the probe lacks, not counting ones the probe split. */
  private static int unexplainedOld(Probe probe, Fingerprint earlier) {
    int count = 0;
    for (long hash : earlier.paragraphHashes()) {
      if (!probe.print().hasParagraph(hash) && !probe.splits(hash)) {
        count++;
      }
    }
    return count;
  }

  private static List<Flag> sharedPassages(
      Fingerprint self, Map<Long, List<Fingerprint>> owners, List<String> exclude) {
    Map<Fingerprint, List<int[]>> byOther = new LinkedHashMap<>();
    for (int i = 0; i < self.paragraphHashes().length; i++) {
      long hash = self.paragraphHashes()[i];
      for (Fingerprint other : owners.getOrDefault(hash, List.of())) {
        if (!exclude.contains(other.id()) && !other.id().equals(self.id())) {
          int theirs = other.blockOf(hash);
          byOther
              .computeIfAbsent(other, o -> new ArrayList<>())
              .add(new int[] {self.paragraphBlocks()[i], theirs});
        }
      }
    }
    return byOther.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .limit(MAX_SHARED_PASSAGE_FLAGS)
        .map(e -> passageFlag(e.getKey().id(), e.getValue()))
        .toList();
  }

  private static Flag passageFlag(String otherId, List<int[]> pairs) {
    List<Integer> mine = pairs.stream().map(p -> p[0]).distinct().toList();
    List<Integer> theirs = pairs.stream().map(p -> p[1]).distinct().toList();
    String message =
        String.format(
            Locale.ROOT,
            "%s %s also in entry %s (%s)",
            Describe.blocks("Paragraph", mine),
            mine.size() == 1 ? "appears" : "appear",
            otherId,
            Describe.blocks("paragraph", theirs));
    return Flag.crossEntry(FlagCode.SHARED_PASSAGE, mine, otherId, theirs, 1.0, message);
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
