package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to blocks, for the subset articles use: ATX ({@code #}) and setext headings, {@code >}
 * quotes, list items, pipe tables (a table block), fenced code, pandoc's fenced divs (their fence
 * lines dropped), site generators' tags on a line of their own (a figure's caption kept as a
 * caption, the others set aside), and inline emphasis, links and code spans reduced to their text.
 * Paragraphs keep their single line breaks as {@code \n}, as in plain text.
 */
final class Markdown {

  private static final Pattern ATX =
      Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?(.*)$");
  private static final Pattern ITEM =
      Pattern.compile("^([ \\t]*)(?:[-*+]|(\\d{1,3})([.)]))[ \\t]+(.*)$");

  /** Deeper than this, a line after a blank one goes on in the list item above it. */
  private static final int ITEM_INDENT = 2;

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");

  /** Pandoc's fenced divs ({@code ::: {custom-style="Caption"}} … {@code :::}): the lines go. */
  private static final Pattern DIV_FENCE =
      Pattern.compile("^ {0,3}:{3,}(?:\\s*\\{[^}]*\\}|\\s*[\\w-]+)?\\s*:*\\s*$");

  /**
   * A line that is only a site generator's tag: Hugo's shortcodes ({@code {{< youtube … >}}},
   * {@code {{% notice %}}}) and Jekyll's Liquid tags ({@code {% include … %}}). A tag with a {@code
   * caption} (a figure) gives its caption; any other is set aside as {@code site-markup}.
   */
  private static final Pattern SITE_TAG =
      Pattern.compile("^ {0,3}(\\{\\{[<%].*[>%]\\}\\}|\\{%.*%\\})\\s*$");

  private static final Pattern CAPTION =
      Pattern.compile("\\bcaption\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private static final Pattern LINK_DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");

  /** Inline markup and its replacement, applied in order (images before links). */
  private static final List<Map.Entry<Pattern, String>> INLINE =
      List.of(
          Map.entry(Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)"), ""),
          Map.entry(Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)"), "$1"),
          Map.entry(Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]"), "$1"),
          Map.entry(Pattern.compile("`([^`\\n]+)`"), "$1"),
          Map.entry(Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"), "$2"),
          Map.entry(Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])"), "$1"),
          Map.entry(Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\w_])"), "$1"),
          Map.entry(Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])"), "$1"));

  private Markdown() {}

  static List<RawBlock> blocks(String text) {
    Blocks blocks = new Blocks();
    boolean inFence = false;
    for (String line : PlainText.unifyLineBreaks(text).split("\n", -1)) {
      if (FENCE.matcher(line).find()) {
        blocks.flush();
        inFence = !inFence;
      } else if (inFence) {
        blocks.line(BlockKind.PARAGRAPH, line);
      } else {
        readLine(line, blocks);
      }
    }
    blocks.flush();
    return blocks.done;
  }

  private static void readLine(String line, Blocks blocks) {
    Matcher m;
    if (line.isBlank()
        || LINK_DEFINITION.matcher(line).matches()
        || DIV_FENCE.matcher(line).matches()) {
      blocks.flush();
    } else if (SETEXT.matcher(line).matches()
        && blocks.kind == BlockKind.PARAGRAPH
        && !blocks.numberedItem) {
      blocks.kind = BlockKind.HEADING;
      blocks.flush();
    } else if ((m = SITE_TAG.matcher(line)).matches()) {
      blocks.flush();
      blocks.siteTag(m.group(1));
    } else if (RULE.matcher(line).matches()) {
      blocks.flush();
      blocks.numbers.end();
    } else if ((m = ATX.matcher(line)).matches()) {
      blocks.flush();
      blocks.numbers.end();
      blocks.line(BlockKind.HEADING, m.group(1) == null ? "" : m.group(1));
      blocks.flush();
    } else if ((m = QUOTE.matcher(line)).matches()) {
      if (m.group(1).isBlank()) {
        blocks.flush();
      } else {
        blocks.continueOrStart(BlockKind.QUOTE, m.group(1));
      }
    } else if ((m = ITEM.matcher(line)).matches()) {
      blocks.flush();
      int indent = m.group(1).replace("\t", "    ").length();
      if (m.group(2) == null) {
        blocks.numbers.bullet(indent);
        blocks.line(BlockKind.LIST, m.group(4));
      } else {
        String number = blocks.numbers.item(indent, Integer.parseInt(m.group(2)), m.group(3));
        blocks.line(BlockKind.PARAGRAPH, number + " " + m.group(4));
        blocks.numberedItem = true;
      }
    } else {
      if (blocks.kind == null && leadingSpaces(line) < ITEM_INDENT) {
        blocks.numbers.end();
      }
      // A continuation line belongs to the open block, whatever its kind (lazy quotes and items).
      blocks.line(blocks.kind == null ? BlockKind.PARAGRAPH : blocks.kind, line.strip());
    }
  }

  private static int leadingSpaces(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  /**
   * The numbers of ordered lists as a Markdown reader shows them: a list counts on from its first
   * item's number whatever its later items write ({@code 1. 1. 1.} reads 1, 2, 3); a list at each
   * indent of its own, ended by a bullet at its indent or less, a change of delimiter, or a
   * paragraph, heading or quote that is not indented into it.
   */
  private static final class ListNumbers {
    private record Run(String delimiter, int next) {}

    private final NavigableMap<Integer, Run> runs = new TreeMap<>();

    /** An ordered item at {@code indent}: its number and delimiter ({@code "2."}). */
    String item(int indent, int written, String delimiter) {
      runs.tailMap(indent, false).clear();
      Run run = runs.get(indent);
      int number = run != null && run.delimiter().equals(delimiter) ? run.next() : written;
      runs.put(indent, new Run(delimiter, number + 1));
      return number + delimiter;
    }

    void bullet(int indent) {
      runs.tailMap(indent, true).clear();
    }

    void end() {
      runs.clear();
    }
  }

  static String inline(String text) {
    String result = text;
    for (Map.Entry<Pattern, String> rule : INLINE) {
      result = rule.getKey().matcher(result).replaceAll(rule.getValue());
    }
    return result;
  }

  /** The block being built and the finished ones. */
  private static final class Blocks {
    private final List<RawBlock> done = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final ListNumbers numbers = new ListNumbers();
    private BlockKind kind;

    /** Whether the open paragraph is a numbered item (a line of dashes after it is no heading). */
    private boolean numberedItem;

    void continueOrStart(BlockKind blockKind, String line) {
      if (kind != blockKind) {
        flush();
      }
      line(blockKind, line);
    }

    void line(BlockKind blockKind, String line) {
      if (kind == null) {
        kind = blockKind;
      } else {
        text.append('\n');
      }
      text.append(line.stripTrailing());
    }

    void siteTag(String tag) {
      Matcher caption = CAPTION.matcher(tag);
      if (caption.find()) {
        String text = caption.group(1) != null ? caption.group(1) : caption.group(2);
        if (!text.isBlank()) {
          done.add(RawBlock.of(BlockKind.CAPTION, inline(text).strip()));
          return;
        }
      }
      done.add(new RawBlock(BlockKind.PARAGRAPH, tag, 0, RawBlock.SITE_MARKUP));
    }

    void flush() {
      Optional<String> table =
          kind == BlockKind.PARAGRAPH
              ? Tables.pipeTable(text.toString(), Markdown::inline)
              : Optional.empty();
      if (table.isPresent()) {
        done.add(RawBlock.of(BlockKind.TABLE, table.get()));
      } else if (kind != null) {
        String clean = inline(text.toString()).strip();
        if (!clean.isEmpty()) {
          done.add(RawBlock.of(kind, clean));
        }
      }
      text.setLength(0);
      kind = null;
      numberedItem = false;
    }
  }
}
