package dev.copydesk.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * The numbers of a web page's numbered lists ({@code <ol>}), which the page's text does not hold:
 * the browser draws them. An item of an {@code <ol>} starts with its number ({@code "2. "}), as a
 * Word file's numbered paragraph does, counted from the list's {@code start}, in its {@code type}
 * ({@code 1 a A i I}), down for a {@code reversed} list that says where it starts, and from an
 * item's own {@code value}. Only a plain {@code <ol>} (as editors and Markdown write an article's
 * list) or one that sets its numbers ({@code start}, {@code type}, {@code reversed}) is numbered: a
 * page's own {@code <ol class="…">} is most often a menu, breadcrumbs, a carousel or a most-read
 * box whose style sheet hides the numbers (of the 54 such lists in the 130 Readability test pages,
 * six are shown numbered, Wikipedia's five {@code references} lists and one article's list,
 * Medium's {@code postList}; they go without numbers as before). A list drawn without numbers
 * ({@code list-style: none}, often because its items spell theirs out), a reversed list without a
 * start and an item that already starts with a number get none. Items of a {@code <ul>} inside an
 * {@code <ol>} are not numbered.
 */
final class WebLists {

  private static final Pattern NO_MARKERS =
      Pattern.compile("list-style(?:-type)?\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

  /** An open list: the format of its numbers (null: not numbered), the next one and the step. */
  private static final class OpenList {
    final int depth;
    final String format;
    final int step;
    int next;

    OpenList(int depth, String format, int next, int step) {
      this.depth = depth;
      this.format = format;
      this.next = next;
      this.step = step;
    }
  }

  private final Deque<OpenList> open = new ArrayDeque<>();

  /** An element starts at {@code depth}: a list ({@code <ol>}, {@code <ul>}) is followed. */
  void starts(String element, Attributes attributes, int depth) {
    if (element.equals("ul")) {
      open.push(new OpenList(depth, null, 1, 1));
    } else if (element.equals("ol")) {
      open.push(numbered(attributes, depth));
    }
  }

  /** An element at {@code depth} ends. */
  void ends(int depth) {
    if (!open.isEmpty() && open.peek().depth == depth) {
      open.pop();
    }
  }

  /** A list item starts: its number and a space, null when it is not numbered. */
  String itemStarts(Attributes attributes) {
    OpenList list = open.peek();
    if (list == null || list.format == null) {
      return null;
    }
    list.next = WordNumbering.integer(attribute(attributes, "value"), list.next);
    String label = WordNumbering.number(list.next, list.format) + ". ";
    list.next += list.step;
    return label;
  }

  /** An item's first text with its number, unless the text writes one itself. */
  static String labelled(String label, String text) {
    return ItemLabels.startsWithNumber(text) ? text : label + text;
  }

  private static OpenList numbered(Attributes attributes, int depth) {
    String style = attribute(attributes, "style");
    String styleClass = attribute(attributes, "class");
    boolean reversed = attribute(attributes, "reversed") != null;
    String start = attribute(attributes, "start");
    String type = attribute(attributes, "type");
    boolean styled = styleClass != null && !styleClass.isEmpty();
    if (styled && start == null && type == null && !reversed
        || style != null && NO_MARKERS.matcher(style).find()
        || reversed && start == null) {
      return new OpenList(depth, null, 1, 1);
    }
    String format = WordNumbering.formatShownAs(type == null ? "1" : type);
    return new OpenList(depth, format, WordNumbering.integer(start, 1), reversed ? -1 : 1);
  }

  private static String attribute(Attributes attributes, String name) {
    String value = attributes == null ? null : attributes.getValue(name);
    return value == null ? null : value.strip();
  }
}
