package dev.copydesk.normalize;

import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * PDF running headers, footers and page numbers: lines at the top or bottom edge of a page that
 * recur on at least half of the pages (digits ignored, so "Report — page 3" matches "page 4"), and
 * bare page numbers at an edge. They are layout, not text, and would otherwise land mid-sentence.
 */
final class RunningHeaders {

  static final String HEADER = "running-header";
  static final String PAGE_NUMBER = "page-number";
  static final int MIN_PAGES = 3;

  /** How many lines from each page edge can be header or footer lines. */
  static final int EDGE_LINES = 2;

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");

  /** Where a line sits: block index, line index within the block. */
  private record At(int block, int line) {}

  private RunningHeaders() {}

  /** The blocks without header, footer and page-number lines, and what was removed. */
  static Stripped strip(List<RawBlock> blocks) {
    List<List<String>> lines = new ArrayList<>();
    blocks.forEach(b -> lines.add(new ArrayList<>(List.of(LINE_BREAK.split(b.text(), -1)))));
    Map<Integer, List<At>> pages = pages(blocks, lines);
    Set<String> repeated = pages.size() >= MIN_PAGES ? repeatedKeys(pages, lines) : Set.of();
    List<Removal> removed = new ArrayList<>();
    Set<At> drop = new HashSet<>();
    for (List<At> page : pages.values()) {
      trimEdge(page, lines, repeated, drop, removed);
      List<At> bottomUp = new ArrayList<>(page);
      Collections.reverse(bottomUp);
      trimEdge(bottomUp, lines, repeated, drop, removed);
    }
    return new Stripped(rebuild(blocks, lines, drop), removed);
  }

  /** The blocks left and the removals, in page order. */
  record Stripped(List<RawBlock> blocks, List<Removal> removed) {}

  private static Map<Integer, List<At>> pages(List<RawBlock> blocks, List<List<String>> lines) {
    Map<Integer, List<At>> pages = new TreeMap<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b).page() > 0) {
        for (int l = 0; l < lines.get(b).size(); l++) {
          if (!TextCleaner.cleansToNothing(lines.get(b).get(l))) {
            pages.computeIfAbsent(blocks.get(b).page(), p -> new ArrayList<>()).add(new At(b, l));
          }
        }
      }
    }
    return pages;
  }

  private static Set<String> repeatedKeys(Map<Integer, List<At>> pages, List<List<String>> lines) {
    Map<String, Integer> pagesWithKey = new HashMap<>();
    for (List<At> page : pages.values()) {
      Set<String> keys = new HashSet<>();
      int n = page.size();
      for (int i = 0; i < n; i++) {
        if (i < EDGE_LINES || i >= n - EDGE_LINES) {
          keys.add(key(text(lines, page.get(i))));
        }
      }
      keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
    }
    Set<String> repeated = new HashSet<>();
    int needed = Math.max(2, (pages.size() + 1) / 2);
    pagesWithKey.forEach(
        (k, count) -> {
          if (!k.isEmpty() && count >= needed) {
            repeated.add(k);
          }
        });
    return repeated;
  }

  private static void trimEdge(
      List<At> edge,
      List<List<String>> lines,
      Set<String> repeated,
      Set<At> drop,
      List<Removal> removed) {
    for (int i = 0; i < Math.min(EDGE_LINES, edge.size()); i++) {
      At at = edge.get(i);
      String text = text(lines, at);
      String reason =
          NUMBER.matcher(text).matches()
              ? PAGE_NUMBER
              : repeated.contains(key(text)) ? HEADER : null;
      if (reason == null || drop.contains(at)) {
        return;
      }
      drop.add(at);
      removed.add(Removals.one(text, reason));
    }
  }

  private static List<RawBlock> rebuild(
      List<RawBlock> blocks, List<List<String>> lines, Set<At> drop) {
    List<RawBlock> out = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<String> kept = new ArrayList<>();
      for (int l = 0; l < lines.get(b).size(); l++) {
        if (!drop.contains(new At(b, l))) {
          kept.add(lines.get(b).get(l));
        }
      }
      RawBlock block = blocks.get(b);
      String text = String.join("\n", kept);
      if (!TextCleaner.cleansToNothing(text.replace('\n', ' '))) {
        out.add(new RawBlock(block.kind(), text, block.page(), block.setAside()));
      }
    }
    return out;
  }

  private static String text(List<List<String>> lines, At at) {
    return TextCleaner.clean(lines.get(at.block()).get(at.line()));
  }

  private static String key(String line) {
    return DIGITS.matcher(TextCleaner.fold(line)).replaceAll("#");
  }
}
