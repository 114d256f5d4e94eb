package dev.copydesk.dedupe;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the cross-article index keeps of an entry: its word 5-shingle count, a b-bit MinHash
 * signature, and the hashes of its paragraphs of {@value #PASSAGE_WORDS}+ words with their block
 * indexes. {@code shingles} (the exact set) is kept by the in-memory index only; the persistent one
 * stores the signature and estimates (see {@link SqliteDuplicateIndex}).
 */
record Fingerprint(
    String id,
    long[] shingles,
    int shingleCount,
    byte[] signature,
    long[] paragraphHashes,
    int[] paragraphBlocks) {

  /** Shorter paragraphs are stock phrases ("Read more below.") as often as they are passages. */
  static final int PASSAGE_WORDS = 12;

  /** The fingerprint of an entry, and each block's words for the revision checks. */
  static Probe probe(Entry entry) {
    List<Block> body = entry.body();
    long[][] blockWords = new long[body.size()][];
    List<long[]> articleWords = new ArrayList<>();
    List<long[]> passages = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Block block = body.get(i);
      // Captions differ between a docx and its web page; the article is the running text.
      blockWords[i] =
          block.kind() == BlockKind.CAPTION ? new long[0] : TextFold.words(block.text());
      articleWords.add(blockWords[i]);
      if (blockWords[i].length >= PASSAGE_WORDS) {
        passages.add(new long[] {TextFold.sequenceHash(blockWords[i], 0, blockWords[i].length), i});
      }
    }
    long[] shingles = Shingles.of(concat(articleWords), Shingles.ARTICLE_K);
    long[] hashes = passages.stream().mapToLong(p -> p[0]).toArray();
    int[] blocks = passages.stream().mapToInt(p -> (int) p[1]).toArray();
    Fingerprint print =
        new Fingerprint(
            entry.id(), shingles, shingles.length, MinHasher.signature(shingles), hashes, blocks);
    return new Probe(print, blockWords);
  }

  /** Overlap with another fingerprint: exact when both sets are at hand, else from MinHash. */
  Overlap overlapWith(Fingerprint other) {
    if (shingles != null && other.shingles != null) {
      return Overlap.exact(shingles, other.shingles);
    }
    double jaccard = MinHasher.estimateJaccard(signature, other.signature);
    return Overlap.fromJaccard(jaccard, shingleCount, other.shingleCount);
  }

  boolean estimated(Fingerprint other) {
    return shingles == null || other.shingles == null;
  }

  boolean hasParagraph(long hash) {
    return blockOf(hash) >= 0;
  }

  /** The block index of the paragraph with this hash, or -1. */
  int blockOf(long hash) {
    for (int i = 0; i < paragraphHashes.length; i++) {
      if (paragraphHashes[i] == hash) {
        return paragraphBlocks[i];
      }
    }
    return -1;
  }

  /** The same fingerprint without the exact shingle set: what the persistent index keeps. */
  Fingerprint withoutShingles() {
    return new Fingerprint(id, null, shingleCount, signature, paragraphHashes, paragraphBlocks);
  }

  private static long[] concat(List<long[]> parts) {
    long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** The entry being checked: its fingerprint plus each block's words. */
  record Probe(Fingerprint print, long[][] blockWords) {

    /** Whether {@code hash} is the hash of 2 or 3 consecutive blocks: a paragraph split in two. */
    boolean splits(long hash) {
      for (int start = 0; start < blockWords.length; start++) {
        long[] joined = new long[0];
        for (int end = start; end < Math.min(start + 3, blockWords.length); end++) {
          joined = concat(List.of(joined, blockWords[end]));
          if (end > start && TextFold.sequenceHash(joined, 0, joined.length) == hash) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether the block is two earlier paragraphs joined into one. */
    boolean joins(int block, Fingerprint earlier) {
      long[] words = blockWords[block];
      for (int cut = 1; cut < words.length; cut++) {
        if (earlier.hasParagraph(TextFold.sequenceHash(words, 0, cut))
            && earlier.hasParagraph(TextFold.sequenceHash(words, cut, words.length))) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && id.equals(f.id) && Arrays.equals(signature, f.signature);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Fingerprint[" + id + ", " + shingleCount + " shingles]";
  }
}
