package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RTF file as Tika should read it: tracked changes, comments, hidden text, footnotes and page
 * headers and footers (Word's and LibreOffice's "Save as RTF" keep them) taken care of first.
 * Tika's RTF parser prints the text a change deleted, the comments' text and hidden text as if they
 * were the article's, so a file that holds such marks is read through this filter first: text under
 * {@code \deleted} is dropped (the body reads as if every change were accepted), comment groups
 * ({@code {\*\annotation ...}} and their id, author and date groups) are dropped whole, and hidden
 * text ({@code \v}, until {@code \v0} or {@code \plain}: notes and instructions the author kept out
 * of print) is dropped from the body and kept, one passage per paragraph, to be recorded as
 * removed, as the comments' text is. A footnote ({@code {\footnote …}}, or {@code {\*\footnote …}}
 * as LibreOffice writes it, which Tika skips whole) leaves its place as its number ({@code [1]})
 * and its text comes after the last paragraph, labelled; page headers and footers ({@code \header},
 * {@code \footerr}…: a running title, a page number) are recorded as outside the main content, not
 * read as the first or last paragraph. A table's paragraphs, cells and rows are marked for {@link
 * RtfTables}, and a heading's end for {@link RtfHeadings}, as Tika's reader forgets them; a list
 * item's printed number ({@code \listtext}), which Tika's reader skips, opens its text. Everything
 * else is copied byte for byte; a file without any of this is not touched. The counts become {@link
 * ReviewMarkup} properties.
 */
final class RtfPrefilter {

  /** Destinations that hold a comment or its bookkeeping, never article text. */
  private static final Set<String> COMMENT_GROUPS =
      Set.of(
          "annotation",
          "atnid",
          "atnauthor",
          "atndate",
          "atnref",
          "atnicn",
          "atntime",
          "atnparent");

  /**
   * Destinations that hold no article text (font, colour and style tables, document info,
   * pictures): a {@code \v} in a style's definition does not make the style's name hidden text.
   * Groups starting {@code \*} are left alone too (readers that do not know them skip them).
   */
  private static final Set<String> NON_TEXT_GROUPS =
      Set.of(
          "fonttbl",
          "colortbl",
          "stylesheet",
          "info",
          "listtable",
          "listoverridetable",
          "revtbl",
          "rsidtbl",
          "generator",
          "xmlnstbl",
          "pict",
          "themedata",
          "colorschememapping",
          "latentstyles",
          "datastore");

  /**
   * The number a list item shows, as its writer printed it ({@code {\listtext 2.\tab}}): Tika's
   * reader skips it and prints the item without it.
   */
  private static final String LIST_TEXT = "listtext";

  /** A list item's printed number: digits, letters or a roman numeral, with its dot or bracket. */
  private static final Pattern LIST_NUMBER =
      Pattern.compile("[(]?[0-9A-Za-z]{1,6}(?:[.)][0-9A-Za-z]{1,6})*[.)]?");

  /** A footnote's destination (an endnote is a footnote with {@code \ftnalt}). */
  private static final String FOOTNOTE = "footnote";

  /** Page headers and footers: all pages, left and right pages, the first page. */
  private static final Set<String> PAGE_GROUPS =
      Set.of("header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf");

  /** Control words that end a paragraph (and with it a hidden passage). */
  private static final Set<String> PARAGRAPH_ENDS = Set.of("par", "sect", "cell", "row");

  /** Control words that print a character: dropped with the deleted text. */
  private static final Set<String> TEXT_WORDS =
      Set.of(
          "tab",
          "emdash",
          "endash",
          "emspace",
          "enspace",
          "qmspace",
          "bullet",
          "lquote",
          "rquote",
          "ldblquote",
          "rdblquote",
          "line",
          "zwj",
          "zwnj");

  /**
   * The filtered file, and what was found: the comments' text and the hidden passages, to be
   * recorded as removed.
   */
  record Filtered(
      byte[] rtf,
      int changes,
      List<String> comments,
      List<String> hidden,
      List<String> notes,
      List<String> pageFurniture)
      implements ReviewMarkup {

    @Override
    public Map<String, List<String>> properties() {
      return ReviewMarkup.counts(changes, comments.size(), hidden.size());
    }

    /**
     * Tika's pieces, the footnotes labelled with their numbers, then the page headers and footers,
     * the comments and the hidden passages as pieces set aside.
     */
    @Override
    public List<Piece> apply(List<Piece> pieces) {
      List<Piece> all = new ArrayList<>(RtfHeadings.apply(RtfTables.cells(pieces)));
      for (int i = 0; i < notes.size(); i++) {
        String label = NoteMarks.labelled(i + 1, notes.get(i));
        all.add(new Piece(BlockKind.PARAGRAPH, null, label.strip(), 0, null));
      }
      List<String> comments = this.comments.stream().filter(text -> !text.isEmpty()).toList();
      List<String> furniture = pageFurniture.stream().filter(text -> !text.isEmpty()).toList();
      return Piece.withAside(
          Piece.withAside(
              Piece.withAside(all, furniture, RawBlock.OUTSIDE_MAIN_CONTENT),
              comments,
              RawBlock.REVIEW_COMMENT),
          hidden,
          RawBlock.HIDDEN_TEXT);
    }
  }

  /** What the last text was: a change is a run of deleted or of inserted text. */
  private enum Mark {
    NONE,
    DELETED,
    INSERTED
  }

  /**
   * Per group: whether text is deleted, inserted or hidden, whether the group holds article text at
   * all, and how many fallback characters follow {@code \\u}.
   */
  private record State(
      boolean deleted,
      boolean inserted,
      boolean hidden,
      boolean nonText,
      int unicodeFallback,
      boolean heading) {

    State with(boolean deleted, boolean inserted, boolean hidden, int unicodeFallback) {
      return new State(deleted, inserted, hidden, nonText, unicodeFallback, heading);
    }

    State outsideText() {
      return new State(deleted, inserted, hidden, true, unicodeFallback, heading);
    }

    /** The paragraph is a heading ({@code \outlinelevel}) or, after {@code \pard}, not. */
    State heading(boolean isHeading) {
      return new State(deleted, inserted, hidden, nonText, unicodeFallback, isHeading);
    }
  }

  private final String in;
  private final StringBuilder out;
  private final Deque<State> groups = new ArrayDeque<>();
  private State state = new State(false, false, false, false, 1, false);
  private int position;
  private int skipFallback;
  private Mark lastMark = Mark.NONE;
  private int changes;
  private final List<String> comments = new ArrayList<>();
  private final List<String> hidden = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> pageFurniture = new ArrayList<>();

  /** A list item's number, to print before its paragraph's first text, or null. */
  private String listNumber;

  /** The current paragraph's hidden text as RTF source, read as text when the paragraph ends. */
  private final StringBuilder hiddenSource = new StringBuilder();

  private RtfPrefilter(byte[] rtf) {
    this.in = new String(rtf, StandardCharsets.ISO_8859_1);
    this.out = new StringBuilder(in.length());
  }

  /**
   * The file as Tika should read it; the same bytes when it holds none of the markup this filter
   * reads.
   */
  static Filtered filter(byte[] rtf) {
    if (!holdsMarks(rtf)) {
      return new Filtered(rtf, 0, List.of(), List.of(), List.of(), List.of());
    }
    RtfPrefilter filter = new RtfPrefilter(rtf);
    filter.run();
    filter.hiddenPassageEnds();
    return new Filtered(
        filter.out.toString().getBytes(StandardCharsets.ISO_8859_1),
        filter.changes,
        filter.comments,
        filter.hidden,
        filter.notes,
        filter.pageFurniture);
  }

  /**
   * A scan of the bytes for the control words that start revision, comment, hidden or footnote
   * markup, a table row or a heading's outline level, or open a page header or footer group ({@code
   * {\header}}: not {@code \headery}, the header's margin, which nearly every file sets).
   */
  private static boolean holdsMarks(byte[] rtf) {
    for (int at = 0; at < rtf.length - 4; at++) {
      if (rtf[at] == '\\'
          && (startsWith(rtf, at + 1, "deleted")
              || startsWith(rtf, at + 1, "revised")
              || startsWith(rtf, at + 1, "atn")
              || startsWith(rtf, at + 1, FOOTNOTE)
              || startsWith(rtf, at + 1, "trowd")
              || startsWith(rtf, at + 1, "outlinelevel")
              || startsWith(rtf, at + 1, LIST_TEXT)
              || (at > 0
                  && rtf[at - 1] == '{'
                  && (startsWith(rtf, at + 1, "header") || startsWith(rtf, at + 1, "footer")))
              || (rtf[at + 1] == 'v' && !Character.isLetter(rtf[at + 2])))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int from, String word) {
    if (from + word.length() > bytes.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (bytes[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void run() {
    while (position < in.length()) {
      char c = in.charAt(position);
      if (c == '{') {
        String destination = destinationAt(position + 1);
        if (COMMENT_GROUPS.contains(destination)) {
          int end = RtfSource.groupEnd(in, position);
          if (destination.equals("annotation")) {
            comments.add(RtfSource.plainText(in.substring(position, end), COMMENT_GROUPS));
          }
          position = end;
          continue;
        }
        if (!state.nonText()
            && (destination.equals(FOOTNOTE) || PAGE_GROUPS.contains(destination))) {
          int end = RtfSource.groupEnd(in, position);
          String text = RtfSource.plainText(in.substring(position, end), COMMENT_GROUPS);
          if (destination.equals(FOOTNOTE)) {
            notes.add(text);
            text(NoteMarks.mark(notes.size()));
          } else {
            pageFurniture.add(text);
          }
          position = end;
          continue;
        }
        if (destination.equals(LIST_TEXT) && !state.nonText()) {
          listNumber = listNumber(in.substring(position, RtfSource.groupEnd(in, position)));
        }
        groups.push(state);
        if (NON_TEXT_GROUPS.contains(destination)
            || destination.equals(LIST_TEXT)
            || in.startsWith("\\*", position + 1)) {
          state = state.outsideText();
        }
        out.append(c);
        position++;
      } else if (c == '}') {
        state = groups.isEmpty() ? state : groups.pop();
        out.append(c);
        position++;
      } else if (c == '\\') {
        controlAt();
      } else if (c == '\r' || c == '\n') {
        out.append(c);
        position++;
      } else {
        text(String.valueOf(c));
        position++;
      }
    }
  }

  /** A control word or symbol at {@code position}: state kept, text dropped when deleted. */
  private void controlAt() {
    int start = position;
    if (position + 1 >= in.length()) {
      out.append(in, start, in.length());
      position = in.length();
      return;
    }
    char next = in.charAt(position + 1);
    if (!Character.isLetter(next)) {
      position += next == '\'' ? 4 : 2; // \'hh is a character; \\ \{ \} \~ \- \_ too
      position = Math.min(position, in.length());
      if (next == '*' || next == '\r' || next == '\n') {
        out.append(in, start, position);
      } else {
        text(in.substring(start, position));
      }
      return;
    }
    RtfSource.Control read = RtfSource.Control.at(in, position);
    String word = read.word();
    String param = read.param();
    position = read.end();
    String control = in.substring(start, position);
    switch (word) {
      case "deleted" ->
          state =
              state.with(
                  RtfSource.isOn(param), state.inserted(), state.hidden(), state.unicodeFallback());
      case "revised" ->
          state =
              state.with(
                  state.deleted(), RtfSource.isOn(param), state.hidden(), state.unicodeFallback());
      case "v" ->
          state =
              state.with(
                  state.deleted(),
                  state.inserted(),
                  RtfSource.isOn(param),
                  state.unicodeFallback());
      case "plain" -> state = state.with(false, false, false, state.unicodeFallback());
      case "pard" -> state = state.heading(false);
      case "outlinelevel" -> state = state.heading(RtfHeadings.isHeadingLevel(param));
      case "uc" ->
          state =
              state.with(
                  state.deleted(), state.inserted(), state.hidden(), RtfSource.number(param, 1));
      case "bin" -> {
        int length = RtfSource.number(param, 0);
        int binEnd = Math.min(in.length(), position + length);
        control += in.substring(position, binEnd);
        position = binEnd;
      }
      default -> {}
    }
    if (word.equals("chatn")) {
      return; // the comment's mark in the text
    }
    if (word.equals("u")) {
      text(control);
      skipFallback = state.unicodeFallback();
    } else if (TEXT_WORDS.contains(word)) {
      text(control);
    } else if (state.nonText()) {
      out.append(control);
    } else {
      marked(word, control);
    }
    if (PARAGRAPH_ENDS.contains(word) && !state.nonText()) {
      hiddenPassageEnds();
      listNumber = null;
    }
  }

  /**
   * A control word of the text, with its table mark ({@link RtfTables}) or heading mark ({@link
   * RtfHeadings}) before or after it.
   */
  private void marked(String word, String control) {
    switch (word) {
      case "intbl" -> out.append(control).append(RtfTables.IN_TABLE_RTF);
      case "cell" -> out.append(RtfTables.CELL_END_RTF).append(control);
      case "row" -> out.append(RtfTables.ROW_END_RTF).append(control);
      case "par" -> out.append(state.heading() ? RtfHeadings.HEADING_END_RTF : "").append(control);
      default -> out.append(control);
    }
  }

  /** The hidden text met since the last paragraph end, if any, is one passage. */
  private void hiddenPassageEnds() {
    String passage = RtfSource.plainText(hiddenSource.toString(), COMMENT_GROUPS);
    hiddenSource.setLength(0);
    if (!passage.isEmpty()) {
      hidden.add(passage);
    }
  }

  /**
   * Text at the current state: dropped when deleted, set aside when hidden; each run of marked text
   * is one change.
   */
  private void text(String text) {
    boolean fallback = skipFallback > 0;
    if (fallback) {
      skipFallback--;
    }
    if (state.nonText()) {
      out.append(text);
      return;
    }
    if (fallback) {
      keep(text);
      return;
    }
    Mark mark = state.deleted() ? Mark.DELETED : state.inserted() ? Mark.INSERTED : Mark.NONE;
    if (mark != Mark.NONE && mark != lastMark) {
      changes++;
    }
    lastMark = mark;
    keep(text);
  }

  /** Text not deleted goes to the body, or with the hidden passage when hidden. */
  private void keep(String text) {
    if (state.deleted()) {
      return;
    }
    if (!state.hidden()) {
      if (listNumber != null) {
        out.append(listNumber);
        listNumber = null;
      }
      out.append(text);
      return;
    }
    if (hiddenSource.isEmpty()) {
      hiddenSource.append("\\uc").append(state.unicodeFallback()).append(' ');
    }
    hiddenSource.append(text);
  }

  /**
   * A list item's number and a space, from its {@code \listtext} group; null for a bullet or a
   * heading's empty number.
   */
  private static String listNumber(String group) {
    String number = RtfSource.plainText(group, COMMENT_GROUPS).strip();
    return LIST_NUMBER.matcher(number).matches() ? number + " " : null;
  }

  /** The control word that opens a group at {@code from} ({@code \*} skipped), or "". */
  private String destinationAt(int from) {
    return RtfSource.destinationOf(in, from);
  }
}
