package dev.copydesk.extract;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;

/**
 * RTF source read as text, for {@link RtfPrefilter}: control words and their parameters, the extent
 * of a group, and a group's text as a reader shows it. No state: each method reads the string it is
 * given.
 */
final class RtfSource {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** What the control words that print a character print, in a comment or hidden passage. */
  private static final Map<String, String> WORD_CHARACTERS =
      Map.ofEntries(
          Map.entry("par", " "),
          Map.entry("line", " "),
          Map.entry("tab", " "),
          Map.entry("emspace", " "),
          Map.entry("enspace", " "),
          Map.entry("qmspace", " "),
          Map.entry("emdash", "\u2014"),
          Map.entry("endash", "\u2013"),
          Map.entry("bullet", "\u2022"),
          Map.entry("lquote", "\u2018"),
          Map.entry("rquote", "\u2019"),
          Map.entry("ldblquote", "\u201C"),
          Map.entry("rdblquote", "\u201D"));

  /**
   * A control word read at a backslash followed by a letter: its name, its numeric parameter (""
   * when none) and where it ends (past the space that delimits it, if any).
   */
  record Control(String word, String param, int end) {

    static Control at(String text, int backslash) {
      int end = backslash + 1;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      String word = text.substring(backslash + 1, end);
      int paramStart = end;
      if (end < text.length() && (text.charAt(end) == '-' || Character.isDigit(text.charAt(end)))) {
        end++;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
      }
      String param = text.substring(paramStart, end);
      if (end < text.length() && text.charAt(end) == ' ') {
        end++;
      }
      return new Control(word, param, end);
    }
  }

  /**
   * A group's text, roughly as a reader shows it: the groups it holds whose destination is in
   * {@code skippedGroups}, and those marked {@code \*}, left out, {@code \'hh} read as
   * Windows-1252, a unicode escape as its character, paragraph marks as spaces.
   */
  static String plainText(String group, Set<String> skippedGroups) {
    StringBuilder text = new StringBuilder();
    int skipped = 0;
    int fallback = 1;
    for (int at = 0; at < group.length(); at++) {
      char c = group.charAt(at);
      if (c == '{'
          && at > 0
          && (skippedGroups.contains(destinationOf(group, at + 1))
              || group.startsWith("\\*", at + 1))) {
        at = groupEnd(group, at) - 1;
      } else if (c == '\\' && at + 1 < group.length()) {
        char next = group.charAt(at + 1);
        if (next == '\'' && at + 3 < group.length()) {
          appendUnlessSkipped(text, windows1252(group.substring(at + 2, at + 4)), skipped > 0);
          skipped = Math.max(0, skipped - 1);
          at += 3;
        } else if (!Character.isLetter(next)) {
          text.append(symbol(next));
          at++;
        } else {
          Control read = Control.at(group, at);
          String word = read.word();
          String param = read.param();
          if (word.equals("u") && !param.isEmpty()) {
            text.append(unicode(param)); // RTF writes code points over 32767 as negatives
            skipped = fallback;
          } else if (word.equals("uc")) {
            fallback = number(param, 1);
          } else {
            text.append(WORD_CHARACTERS.getOrDefault(word, ""));
          }
          at = read.end() - 1;
        }
      } else if (c != '{' && c != '}' && c != '\r' && c != '\n') {
        appendUnlessSkipped(text, c, skipped > 0);
        skipped = Math.max(0, skipped - 1);
      }
    }
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  /** What a control symbol (a backslash and one character that is not a letter) prints. */
  private static String symbol(char c) {
    return switch (c) {
      case '~' -> " "; // a non-breaking space
      case '_' -> "-"; // a non-breaking hyphen
      case '{', '}', '\\' -> String.valueOf(c);
      default -> ""; // an optional hyphen, a line break in the source, a destination's star
    };
  }

  private static void appendUnlessSkipped(StringBuilder text, char c, boolean skipped) {
    if (!skipped) {
      text.append(c);
    }
  }

  private static char windows1252(String hex) {
    try {
      byte b = (byte) Integer.parseInt(hex, 16);
      return new String(new byte[] {b}, WINDOWS_1252).charAt(0);
    } catch (NumberFormatException e) {
      return ' ';
    }
  }

  static String destinationOf(String in, int from) {
    int at = from;
    if (in.startsWith("\\*", at)) {
      at += 2;
    }
    if (at >= in.length() || in.charAt(at) != '\\') {
      return "";
    }
    int end = at + 1;
    while (end < in.length() && Character.isLetter(in.charAt(end))) {
      end++;
    }
    return in.substring(at + 1, end);
  }

  /** The position after the group that opens at {@code open}. */
  static int groupEnd(String in, int open) {
    int depth = 0;
    for (int at = open; at < in.length(); at++) {
      char c = in.charAt(at);
      if (c == '\\') {
        at++; // an escaped brace or backslash is not structure
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return at + 1;
      }
    }
    return in.length();
  }

  static boolean isOn(String param) {
    return param.isEmpty() || !param.equals("0");
  }

  static char unicode(String param) {
    try {
      return (char) (Integer.parseInt(param) & 0xFFFF);
    } catch (NumberFormatException e) {
      return ' ';
    }
  }

  static int number(String param, int absent) {
    try {
      return param.isEmpty() ? absent : Math.max(0, Integer.parseInt(param));
    } catch (NumberFormatException e) {
      return absent;
    }
  }

  private RtfSource() {}
}
