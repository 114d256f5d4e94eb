package dev.copydesk.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a numbered list item's text starts with, as word processors and web pages write it
 * ({@code "3. "}, {@code "(3) "}, {@code "b) "}, {@code "iv. "}, {@code "2.1 "}). A numbered item
 * is a paragraph that starts with its number (whatever the format: Word and RTF print it, ODT and
 * web pages have it added); a list item is a bulleted one.
 */
final class ItemLabels {

  /** Roman numbers up to 39, as lists count (not any word of the letters: {@code Mix.}). */
  private static final String ROMAN = "(?i:(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))";

  private static final Pattern NUMBER =
      Pattern.compile(
          "^(?:\\(?(?:\\d{1,3}|[a-zA-Z]|"
              + ROMAN
              + ")[.)]|\\d{1,3}(?:\\.\\d{1,3})+\\.?)[\\s\\u00A0]");

  private ItemLabels() {}

  /** Whether the text starts with an item's number and the space after it. */
  static boolean startsWithNumber(String text) {
    return NUMBER.matcher(text).lookingAt();
  }

  /** The text without the item's number it starts with, if it does. */
  static String withoutNumber(String text) {
    Matcher number = NUMBER.matcher(text);
    return number.lookingAt() ? text.substring(number.end()) : text;
  }
}
