package dev.copydesk.normalize;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Paragraphs from PDF layout. PDFBox's paragraph heuristics fail both ways: some files give one
 * block per printed line, others glue a heading to the paragraph below it, or a byline and a
 * repeated caption to the text above. {@link #split} cuts a block where its lines say so; {@link
 * #join} glues consecutive blocks back into one paragraph where the text runs on.
 */
final class PdfLines {

  /** Headings and titles are short; a longer unpunctuated line is wrapped prose. */
  static final int HEADING_MAX_WORDS = 10;

  static final int TITLE_MAX_LINES = 2;

  /** A heading line is clearly shorter than the full-width prose line that follows it. */
  static final double HEADING_WIDTH_RATIO = 0.7;

  /** A paragraph's last line ends well short of the full lines above it. */
  static final double LAST_LINE_WIDTH_RATIO = 0.75;

  /** A list item lettered in lower case ({@code a. On Fridays}, {@code (b) Vans}). */
  private static final Pattern LETTERED_ITEM = Pattern.compile("\\(?[a-z][.)]\\s+\\S");

  private static final Pattern CLOSERS = Pattern.compile("[”’\"')\\]»]+$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:…]$");
  private static final Pattern PUNCTUATED = Pattern.compile(".*[.!?:…,;\\-–—]$");
  private static final Pattern STARTS_CAPITAL = Pattern.compile("^[\"“‘'(]?[\\p{Lu}\\p{N}].*");
  private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)[-\\u2010]$");
  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}+)");

  /** Consecutive lines of one block that belong together, and their kind. */
  record Group(BlockKind kind, List<String> lines) {}

  private PdfLines() {}

  /** The lines of one PDF block as groups: a heading, the prose, a repeated caption, a byline. */
  static List<Group> split(List<String> lines, BlockKind kind) {
    for (int k = 1; k < lines.size(); k++) {
      if (!mayRepeat(lines.get(0), lines.get(k))) {
        continue;
      }
      List<String> head = lines.subList(0, k);
      List<String> tail = lines.subList(k, lines.size());
      String a = TextCleaner.join(head, true);
      String b = TextCleaner.join(tail, true);
      if (b.equals(a) || b.startsWith(a + " ")) {
        return List.of(new Group(kind, head), new Group(kind, tail));
      }
    }
    List<Group> groups = new ArrayList<>();
    int start = 0;
    int heading = headingLines(lines);
    if (heading > 0) {
      groups.add(new Group(BlockKind.HEADING, lines.subList(0, heading)));
      start = heading;
    }
    int end = lines.size();
    String last = lines.get(end - 1);
    boolean byline =
        end - start >= 2
            && NameLines.isNameLine(Unit.of(kind, last))
            && endsSentence(lines.get(end - 2));
    if (byline) {
      end--;
    }
    groups.addAll(paragraphs(lines.subList(start, end), kind));
    if (byline) {
      groups.add(new Group(kind, List.of(last)));
    }
    return groups;
  }

  /**
   * Prose lines cut into paragraphs where one ends a sentence clearly short of the block's width
   * and the next starts a sentence: the last line of a paragraph, in a PDF that sets paragraphs
   * apart by nothing else (no space, no indent), which PDFBox then prints as one block.
   */
  private static List<Group> paragraphs(List<String> lines, BlockKind kind) {
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    List<Group> groups = new ArrayList<>();
    int start = 0;
    for (int k = 0; k + 1 < lines.size(); k++) {
      String line = lines.get(k);
      if (endsSentence(line)
          && line.length() < LAST_LINE_WIDTH_RATIO * width
          && STARTS_CAPITAL.matcher(lines.get(k + 1)).matches()) {
        groups.add(new Group(kind, lines.subList(start, k + 1)));
        start = k + 1;
      }
    }
    groups.add(new Group(kind, lines.subList(start, lines.size())));
    return groups;
  }

  /**
   * Whether the lines from {@code next} on can repeat those from {@code first} on. Each joined text
   * starts with its first line (soft hyphens dropped, the last character perhaps glued away), so a
   * repeat needs these two to agree as far as the shorter one minus a character goes. Lines of
   * prose almost never do, and then {@link #split} builds no joined texts (it would for every cut:
   * quadratic in the lines of a block).
   */
  static boolean mayRepeat(String first, String next) {
    String a = first.replace("\u00AD", "");
    String b = next.replace("\u00AD", "");
    return a.regionMatches(0, b, 0, Math.max(0, Math.min(a.length(), b.length()) - 1));
  }

  /**
   * How many leading lines (up to two, for a title that wraps) are a heading: short, without
   * punctuation at the end, and followed by a clearly longer line that starts a sentence.
   */
  private static int headingLines(List<String> lines) {
    int words = 0;
    for (int k = 1; k <= Math.min(TITLE_MAX_LINES, lines.size() - 1); k++) {
      String line = lines.get(k - 1);
      words += TextCleaner.words(line);
      if (PUNCTUATED.matcher(bare(line)).matches()
          || words > (k == 1 ? HEADING_MAX_WORDS : TopMatter.TITLE_MAX_WORDS)) {
        return 0;
      }
      String next = lines.get(k);
      if (STARTS_CAPITAL.matcher(next).matches()
          && line.length() < HEADING_WIDTH_RATIO * next.length()) {
        return k;
      }
    }
    return 0;
  }

  /**
   * Consecutive PDF paragraph units glued where the text runs on from one to the next. {@code
   * blocks} are the extracted blocks the units' {@code origin} indexes: a capitalised continuation
   * is only trusted between blocks of one printed line each (the line-per-block layout).
   */
  static List<Unit> join(List<Unit> units, List<RawBlock> blocks) {
    String document = documentText(units);
    List<Unit> out = new ArrayList<>();
    Unit previous = null; // the last unit as extracted, before any gluing: its page and line
    for (Unit unit : units) {
      boolean printedLines = previous != null && oneLine(blocks, previous) && oneLine(blocks, unit);
      if (previous != null && continues(previous, unit, printedLines)) {
        Unit glued = out.get(out.size() - 1);
        out.set(out.size() - 1, glued.withText(glue(glued.text(), unit.text(), document)));
      } else {
        out.add(unit);
      }
      previous = unit;
    }
    return out;
  }

  /**
   * Whether {@code next} continues {@code previous}: it starts in lower case (also across a page
   * break; a lettered list item, {@code a. On Fridays}, does not), or, between single printed lines
   * ({@code printedLines}), {@code previous} stops mid-sentence on the same page and is longer than
   * a heading. Lines one block was deliberately split into stay apart.
   */
  static boolean continues(Unit previous, Unit next, boolean printedLines) {
    boolean paragraphs =
        previous.page() > 0
            && previous.kind() == BlockKind.PARAGRAPH
            && next.kind() == BlockKind.PARAGRAPH
            && previous.suspicion() == null
            && next.suspicion() == null
            && !(previous.line() && next.line() && previous.origin() == next.origin());
    if (!paragraphs) {
      return false;
    }
    if (startsLower(next.text()) && !LETTERED_ITEM.matcher(next.text()).lookingAt()) {
      return next.page() == previous.page() || next.page() == previous.page() + 1;
    }
    return printedLines
        && next.page() == previous.page()
        && !endsSentence(previous.text())
        && previous.words() > HEADING_MAX_WORDS;
  }

  private static boolean oneLine(List<RawBlock> blocks, Unit unit) {
    return !unit.line()
        && unit.origin() < blocks.size()
        && blocks.get(unit.origin()).text().strip().indexOf('\n') < 0;
  }

  /**
   * Joins two lines. A hyphen at the break is the layout's unless the document writes the word with
   * the hyphen elsewhere ({@code glass-} / {@code plate} where the text has "glass-plate").
   */
  static String glue(String previous, String next, String document) {
    var broken = BROKEN_WORD.matcher(previous);
    var first = FIRST_WORD.matcher(next);
    if (!broken.find() || !first.find()) {
      return previous + " " + next;
    }
    String compound = (broken.group(1) + "-" + first.group(1)).toLowerCase(Locale.ROOT);
    boolean written =
        Pattern.compile("(?<!\\p{L})" + Pattern.quote(compound) + "(?!\\p{L})")
            .matcher(document)
            .find();
    return written ? previous + next : previous.substring(0, previous.length() - 1) + next;
  }

  static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(bare(line)).matches();
  }

  private static String bare(String line) {
    return CLOSERS.matcher(line).replaceFirst("");
  }

  private static boolean startsLower(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  private static String documentText(List<Unit> units) {
    StringBuilder text = new StringBuilder();
    units.forEach(u -> text.append(u.text().toLowerCase(Locale.ROOT)).append('\n'));
    return text.toString();
  }
}
