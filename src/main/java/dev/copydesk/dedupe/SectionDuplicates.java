package dev.copydesk.dedupe;

import dev.copydesk.dedupe.Repeat.Pair;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repeats inside one article (a CMS paste twice, a scraper looping). Exact: equal folded word
 * sequences; a run of {@value #MIN_RUN} or more repeating blocks, or one repeating paragraph of
 * {@value #MIN_SINGLE_WORDS}+ words, is a {@code DUPLICATE_SECTION}; a repeated caption is a {@code
 * DUPLICATE_CAPTION}. Near repeats and pull quotes: {@link NearRepeats}. Repeats are flagged and
 * kept (real articles repeat on purpose); with {@code dropExact} the exact section repeats are
 * removed and listed in {@code removed}.
 */
public final class SectionDuplicates {

  static final int MIN_RUN = 2;
  static final int MIN_SINGLE_WORDS = 12;
  static final String REMOVAL_REASON = "duplicate-section";

  /** Flags (and with {@code dropExact} removes) the repeats in {@code entry}'s body. */
  public Entry apply(Entry entry, boolean dropExact) {
    List<Block> body = entry.body();
    long[][] words = new long[body.size()][];
    for (int i = 0; i < body.size(); i++) {
      words[i] = TextFold.words(body.get(i).text());
    }
    List<Pair> textPairs = new ArrayList<>();
    List<Pair> captionPairs = new ArrayList<>();
    exactPairs(body, words, textPairs, captionPairs);
    List<Repeat> sections = sections(textPairs, words);
    Set<Integer> repeating = new HashSet<>();
    textPairs.forEach(p -> repeating.add(p.block()));
    captionPairs.forEach(p -> repeating.add(p.block()));
    NearRepeats.Found near = NearRepeats.find(body, words, repeating);

    Set<Integer> dropped = new HashSet<>();
    if (dropExact) {
      sections.forEach(run -> dropped.addAll(run.blocks()));
    }
    int[] newIndex = renumber(body.size(), dropped);
    List<Flag> flags = new ArrayList<>(entry.flags());
    sections.forEach(run -> flags.add(sectionFlag(run, newIndex, dropExact)));
    Repeat.runs(captionPairs).forEach(run -> flags.add(captionFlag(run, newIndex)));
    Repeat.runs(near.near()).forEach(run -> flags.add(nearFlag(run, newIndex)));
    near.pullQuotes().forEach(pair -> flags.add(pullQuote(body, pair, newIndex)));

    Entry flagged = entry.withFlags(flags);
    List<Block> marked = markRepeats(body, sections, captionPairs);
    return dropped.isEmpty()
        ? flagged.withBody(marked, entry.wordCount())
        : drop(flagged, marked, newIndex);
  }

  /** Runs of repeated text blocks long enough to be a section: two blocks, or one long one. */
  private static List<Repeat> sections(List<Pair> textPairs, long[][] words) {
    return Repeat.runs(textPairs).stream()
        .filter(
            run ->
                run.blocks().size() >= MIN_RUN
                    || words[run.blocks().get(0)].length >= MIN_SINGLE_WORDS)
        .toList();
  }

  private static Flag captionFlag(Repeat run, int[] newIndex) {
    return flag(
        FlagCode.DUPLICATE_CAPTION,
        run,
        newIndex,
        "%s %s " + Describe.blocks("caption", renumbered(run.firsts(), newIndex)),
        "Caption",
        "repeats",
        "repeat");
  }

  private static Flag nearFlag(Repeat run, int[] newIndex) {
    return flag(
        FlagCode.NEAR_DUPLICATE_SECTION,
        run,
        newIndex,
        "%s %s "
            + Describe.blocks("paragraph", renumbered(run.firsts(), newIndex))
            + " (similarity "
            + run.similarity()
            + ")",
        "Paragraph",
        "nearly repeats",
        "nearly repeat");
  }

  /** Every block whose folded words appeared before, in a block of the same family. */
  private static void exactPairs(
      List<Block> body, long[][] words, List<Pair> textPairs, List<Pair> captionPairs) {
    Map<Long, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      if (words[i].length == 0) {
        continue;
      }
      BlockKind kind = body.get(i).kind();
      // A quote equal to a paragraph is a pull quote, not a paste; captions repeat on their own.
      long family = kind == BlockKind.CAPTION ? 2 : kind == BlockKind.QUOTE ? 1 : 0;
      long key = TextFold.sequenceHash(words[i], 0, words[i].length) * 4 + family;
      Integer first = firstSeen.putIfAbsent(key, i);
      if (first != null) {
        (kind == BlockKind.CAPTION ? captionPairs : textPairs).add(new Pair(i, first, 1.0));
      }
    }
  }

  private static Flag sectionFlag(Repeat run, int[] newIndex, boolean removed) {
    List<Integer> firsts = renumbered(run.firsts(), newIndex);
    String what = Describe.blocks("paragraph", firsts) + " word for word";
    if (!removed) {
      return flag(
          FlagCode.DUPLICATE_SECTION,
          run,
          newIndex,
          "%s %s " + what,
          "Paragraph",
          "repeats",
          "repeat");
    }
    int count = run.blocks().size();
    String message =
        count == 1
            ? "Removed 1 paragraph that repeated " + what
            : "Removed " + count + " paragraphs that repeated " + what;
    return Flag.repeat(FlagCode.DUPLICATE_SECTION, List.of(), firsts, 1.0, message);
  }

  private static Flag flag(
      FlagCode code,
      Repeat run,
      int[] newIndex,
      String template,
      String noun,
      String verbOne,
      String verbMany) {
    List<Integer> blocks = renumbered(run.blocks(), newIndex);
    String message =
        String.format(
            template, Describe.blocks(noun, blocks), blocks.size() == 1 ? verbOne : verbMany);
    return Flag.repeat(code, blocks, renumbered(run.firsts(), newIndex), run.similarity(), message);
  }

  private static Flag pullQuote(List<Block> body, Pair pair, int[] newIndex) {
    int quote = newIndex[pair.block()];
    int source = newIndex[pair.first()];
    String noun = body.get(pair.block()).kind() == BlockKind.QUOTE ? "Quote" : "Paragraph";
    String message =
        Describe.blocks(noun, List.of(quote))
            + " restates text of "
            + Describe.blocks("paragraph", List.of(source))
            + " (a pull quote)";
    return Flag.repeat(
        FlagCode.PULL_QUOTE, List.of(quote), List.of(source), pair.similarity(), message);
  }

  private static List<Block> markRepeats(
      List<Block> body, List<Repeat> sections, List<Pair> captionPairs) {
    List<Block> marked = new ArrayList<>(body);
    for (Repeat run : sections) {
      for (int n = 0; n < run.blocks().size(); n++) {
        int block = run.blocks().get(n);
        marked.set(block, marked.get(block).withDuplicateOf(run.firsts().get(n)));
      }
    }
    captionPairs.forEach(
        p -> marked.set(p.block(), marked.get(p.block()).withDuplicateOf(p.first())));
    return marked;
  }

  /** Keeps the blocks with a new index; a dropped block only repeats a kept one. */
  private static Entry drop(Entry entry, List<Block> marked, int[] newIndex) {
    List<Block> kept = new ArrayList<>();
    Map<String, Integer> removedCounts = new LinkedHashMap<>();
    int wordCount = 0;
    for (int i = 0; i < marked.size(); i++) {
      Block block = marked.get(i);
      if (newIndex[i] < 0) {
        removedCounts.merge(block.text(), 1, Integer::sum);
      } else {
        Integer first = block.duplicateOf() == null ? null : newIndex[block.duplicateOf()];
        kept.add(new Block(newIndex[i], block.kind(), block.text(), first));
        wordCount += TextFold.wordCount(block.text());
      }
    }
    List<Removal> removed = new ArrayList<>(entry.removed());
    removedCounts.forEach((text, count) -> removed.add(new Removal(text, REMOVAL_REASON, count)));
    return entry.withBody(kept, wordCount).withRemoved(removed);
  }

  /** Old index to new index once {@code dropped} blocks are gone (identity when none are). */
  private static int[] renumber(int size, Set<Integer> dropped) {
    int[] newIndex = new int[size];
    int next = 0;
    for (int i = 0; i < size; i++) {
      newIndex[i] = dropped.contains(i) ? -1 : next++;
    }
    return newIndex;
  }

  private static List<Integer> renumbered(List<Integer> indexes, int[] newIndex) {
    return indexes.stream().map(i -> newIndex[i]).toList();
  }
}
