package dev.copydesk.extract;

import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Word's footnote and endnote numbers as a reader sees them. Tika prints a note's reference as the
 * note's id in the package, in brackets ({@code [20]} for pandoc's first footnote; Word's own ids
 * run from 1 but keep gaps after edits), and the note's text, after the body, with no number. Here
 * each note gets the number Word shows, in order of first reference, footnotes and endnotes counted
 * apart: the reference prints as {@code [1]}, and the note's text starts with {@code [1] }, so a
 * reader can match them at the foot of the article.
 */
final class WordNotes {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final Map<String, String> footnotes = new HashMap<>();
  private final Map<String, String> endnotes = new HashMap<>();
  private String label;

  /**
   * The attributes of a {@code w:} element as Tika should see them: a note reference's id becomes
   * the note's number; a note's own start makes its number due before its first text.
   */
  Attributes element(String localName, Attributes attributes) {
    String id = attributes.getValue(W_NS, "id");
    if (id == null) {
      return attributes;
    }
    switch (localName) {
      case "footnoteReference" -> {
        return withId(attributes, number(footnotes, id));
      }
      case "endnoteReference" -> {
        return withId(attributes, number(endnotes, id));
      }
      case "footnote" -> label = label(footnotes.get(id));
      case "endnote" -> label = label(endnotes.get(id));
      default -> {
        // other elements keep their ids
      }
    }
    return attributes;
  }

  /** The label due before the text now read ({@code [1] }), once; null when none is. */
  String takeLabel() {
    String due = label;
    label = null;
    return due;
  }

  private static String number(Map<String, String> numbers, String id) {
    return numbers.computeIfAbsent(id, k -> Integer.toString(numbers.size() + 1));
  }

  private static String label(String number) {
    return number == null ? null : NoteMarks.labelled(number, "");
  }

  private static Attributes withId(Attributes attributes, String number) {
    AttributesImpl renumbered = new AttributesImpl(attributes);
    renumbered.setValue(renumbered.getIndex(W_NS, "id"), number);
    return renumbered;
  }
}
