package dev.copydesk.extract;

/**
 * How a footnote or endnote reads in the text, whatever the format it came from: its mark where it
 * is cited ({@code protests[1] by readers}), and its text after the last paragraph, labelled with
 * the same mark ({@code [1] Organised by…}).
 */
final class NoteMarks {

  private NoteMarks() {}

  /** The mark where note {@code number} is cited. */
  static String mark(Object number) {
    return "[" + number + "]";
  }

  /** The note's text, labelled. */
  static String labelled(Object number, String text) {
    return mark(number) + " " + text;
  }
}
