package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The numbers of a Word file's numbered paragraphs, as Word shows them ({@code word/numbering.xml},
 * no DTDs, no external entities). Tika numbers them itself and gets it wrong when a list restarts
 * ({@code w:lvlOverride} with only a {@code w:startOverride}, as Word and pandoc write "restart at
 * 1" and "start at 5"): every item of such a list was "1.". Here a list's level counts on across
 * the lists that share its definition, a restart starts it again at the list's first item, and a
 * level's deeper levels start again after it. A paragraph may be numbered by its style (Word's List
 * Number style names its list in {@code word/styles.xml}; Tika printed no number for it). One
 * instance per file, asked in document order.
 */
final class WordNumbering {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern LEVEL_PLACE = Pattern.compile("%([1-9])");

  /** Tika's mark for a bulleted paragraph, kept so that bullets read as they always did. */
  private static final String BULLET = "\u00b7";

  private static final int LEVELS = 9;
  private static final int NOT_SEEN = Integer.MIN_VALUE;

  /** One level of a list definition: where it starts, how its number is written. */
  private record Level(int start, String format, String text) {}

  private final Map<String, Level[]> definitions = new HashMap<>();
  private final Map<String, String> definitionOfList = new HashMap<>();
  private final Map<String, Map<Integer, Integer>> restarts = new HashMap<>();
  private final Map<String, int[]> counts = new HashMap<>();
  private final Set<String> restarted = new HashSet<>();
  private WordStyles styles = WordStyles.NONE;

  private WordNumbering() {}

  /** The file's numbering, with the paragraph styles that number; an empty one when it has none. */
  static WordNumbering read(ZipFile docx, WordStyles styles) throws IOException {
    WordNumbering numbering = new WordNumbering();
    ZipEntry part = docx.getEntry("word/numbering.xml");
    if (part == null) {
      return numbering;
    }
    try (InputStream in = docx.getInputStream(part)) {
      numbering.scan(PackageParts.xml(in));
    } catch (XMLStreamException e) {
      throw new IOException("word/numbering.xml is not well-formed", e);
    }
    numbering.styles = styles;
    return numbering;
  }

  /**
   * The list and level paragraph style {@code styleId} numbers its paragraphs in (Word's List
   * Number), or null when it numbers none.
   */
  WordStyles.StyleList styleList(String styleId) {
    return styles.list(styleId);
  }

  /** No definitions: every paragraph unnumbered. */
  static WordNumbering none() {
    return new WordNumbering();
  }

  /**
   * Whether the file defines list {@code numId} at {@code level}, so {@link #label} can number it.
   */
  boolean defines(String numId, int level) {
    String definition = definitionOfList.get(numId);
    Level[] levels = definition == null ? null : definitions.get(definition);
    return levels != null && inRange(level) && levels[level] != null;
  }

  /**
   * The next number of list {@code numId} at {@code level} as Word shows it, with the space after
   * it ({@code "2. "}, {@code "b) "}, {@code "1.2 "}), and the list's count moved on; "" for a
   * level written without a number. Only for a list and level the file {@link #defines}.
   */
  String label(String numId, int level) {
    String definition = definitionOfList.get(numId);
    Level[] levels = definitions.get(definition);
    int[] count = counts.computeIfAbsent(definition, k -> newCounts());
    Integer restart = restarts.getOrDefault(numId, Map.of()).get(level);
    if (restart != null && restarted.add(numId + "/" + level)) {
      count[level] = restart;
    } else {
      count[level] = count[level] == NOT_SEEN ? levels[level].start() : count[level] + 1;
    }
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      count[deeper] = NOT_SEEN;
    }
    return format(levels, count, level);
  }

  private static int[] newCounts() {
    int[] count = new int[LEVELS];
    Arrays.fill(count, NOT_SEEN);
    return count;
  }

  private static String format(Level[] levels, int[] count, int level) {
    Level own = levels[level];
    if (own.format().equals("bullet")) {
      return BULLET + " ";
    }
    if (own.format().equals("none") || own.text().isEmpty()) {
      return "";
    }
    Matcher place = LEVEL_PLACE.matcher(own.text());
    StringBuilder label = new StringBuilder();
    while (place.find()) {
      int at = Integer.parseInt(place.group(1)) - 1;
      Level shown = levels[at] != null ? levels[at] : own;
      int value = count[at] == NOT_SEEN ? shown.start() : count[at];
      place.appendReplacement(label, Matcher.quoteReplacement(number(value, shown.format())));
    }
    place.appendTail(label);
    String text = label.toString().strip();
    return text.isEmpty() ? "" : text + " ";
  }

  /**
   * The format a web page's list {@code type} and an ODT list style's {@code style:num-format} name
   * by a sample number ({@code 1 a A i I}); decimal for any other.
   */
  static String formatShownAs(String sample) {
    return switch (sample) {
      case "a" -> "lowerLetter";
      case "A" -> "upperLetter";
      case "i" -> "lowerRoman";
      case "I" -> "upperRoman";
      default -> "decimal";
    };
  }

  /** A count written in a level's format; decimal for formats not listed. */
  static String number(int value, String format) {
    return switch (format) {
      case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
      case "upperLetter" -> letters(value);
      case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
      case "upperRoman" -> roman(value);
      case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
      default -> Integer.toString(value);
    };
  }

  /** Word's letters: A–Z, then AA–ZZ, then AAA… (the letter repeated). */
  private static String letters(int value) {
    if (value < 1) {
      return Integer.toString(value);
    }
    char letter = (char) ('A' + (value - 1) % 26);
    return String.valueOf(letter).repeat((value - 1) / 26 + 1);
  }

  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN_DIGITS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private static String roman(int value) {
    if (value < 1 || value > 3999) {
      return Integer.toString(value);
    }
    StringBuilder out = new StringBuilder();
    int left = value;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (left >= ROMAN_VALUES[i]) {
        out.append(ROMAN_DIGITS[i]);
        left -= ROMAN_VALUES[i];
      }
    }
    return out.toString();
  }

  /** The definitions ({@code w:abstractNum}), the lists ({@code w:num}) and their restarts. */
  private void scan(XMLStreamReader xml) throws XMLStreamException {
    String definition = null;
    String list = null;
    int level = -1;
    int start = 1;
    String format = "decimal";
    String text = "";
    while (xml.hasNext()) {
      int event = xml.next();
      if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
          || !W_NS.equals(xml.getNamespaceURI())) {
        continue;
      }
      String name = xml.getLocalName();
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (name.equals("lvl") && definition != null && list == null && inRange(level)) {
          definitions.computeIfAbsent(definition, k -> new Level[LEVELS])[level] =
              new Level(start, format, text);
        } else if (name.equals("abstractNum")) {
          definition = null;
        } else if (name.equals("num")) {
          list = null;
        } else if (name.equals("lvlOverride")) {
          level = -1;
        }
        continue;
      }
      String value = xml.getAttributeValue(W_NS, "val");
      switch (name) {
        case "abstractNum" -> definition = xml.getAttributeValue(W_NS, "abstractNumId");
        case "num" -> list = xml.getAttributeValue(W_NS, "numId");
        case "abstractNumId" -> {
          if (list != null && value != null) {
            definitionOfList.put(list, value);
          }
        }
        case "lvl", "lvlOverride" -> {
          level = integer(xml.getAttributeValue(W_NS, "ilvl"), -1);
          start = 1;
          format = "decimal";
          text = "";
        }
        case "start" -> start = integer(value, 1);
        case "numFmt" -> format = value == null ? "decimal" : value;
        case "lvlText" -> text = value == null ? "" : value;
        case "startOverride" -> {
          if (list != null && inRange(level)) {
            restarts.computeIfAbsent(list, k -> new HashMap<>()).put(level, integer(value, 1));
          }
        }
        default -> {}
      }
    }
  }

  private static boolean inRange(int level) {
    return level >= 0 && level < LEVELS;
  }

  /** A number attribute's value; {@code otherwise} when it is missing or not a number. */
  static int integer(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
