package dev.copydesk.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clause of Tika's magic-number table ({@link MagicTable}), compiled once and evaluated on the
 * header (the first bytes of a file, 64 KB at most) in place, answering as Tika's {@code
 * MagicMatch}, {@code AndClause}, {@code OrClause} and {@code MinShouldMatchClause} do.
 */
sealed interface MagicClause permits MagicClause.AtLeast, MagicClause.Bytes, MagicClause.Regex {

  boolean matches(Header header);

  /** How far into the file the clause can look: the header's chars are padded to this. */
  int reach();

  /**
   * At least {@code min} of the clauses, and at least one: Tika's {@code MinShouldMatchClause}, and
   * its {@code AndClause} ({@link #all}: nested {@code <match>} elements, the parent and its
   * children, never empty) and {@code OrClause} ({@link #any}). Stops as soon as the answer is
   * known.
   */
  record AtLeast(int min, List<MagicClause> clauses) implements MagicClause {

    static AtLeast all(List<MagicClause> clauses) {
      return new AtLeast(clauses.size(), clauses);
    }

    static AtLeast any(List<MagicClause> clauses) {
      return new AtLeast(1, clauses);
    }

    @Override
    public int reach() {
      return clauses.stream().mapToInt(MagicClause::reach).max().orElse(0);
    }

    @Override
    public boolean matches(Header header) {
      int matches = 0;
      int left = clauses.size();
      for (MagicClause clause : clauses) {
        left--;
        if (clause.matches(header)) {
          if (++matches >= min) {
            return true;
          }
        } else if (matches + left < min) {
          return false;
        }
      }
      return false;
    }
  }

  /**
   * Masked bytes at an offset within {@code [begin, end]}, compared as Tika's {@code MagicDetector}
   * compares them, including its window: bytes past the end of the file read as 0, and a file that
   * ends before the pattern could fit at {@code begin} does not match.
   *
   * <p>When only one byte value can begin a match ({@code firstByte}, else -1), as for the mail
   * headers Tika looks for at every offset up to 8 KB ({@code \nFrom:}), the offsets to try are
   * found with {@link String#indexOf(int, int)} on the header's chars, which the JVM vectorises.
   */
  record Bytes(byte[] pattern, byte[] mask, int begin, int end, boolean ignoreCase, int firstByte)
      implements MagicClause {

    Bytes(byte[] pattern, byte[] mask, int begin, int end, boolean ignoreCase) {
      this(pattern, mask, begin, end, ignoreCase, -1);
    }

    /** The same clause, knowing which byte values can begin a match. */
    Bytes withFirstByte() {
      int only = -1;
      for (int value = 0; value < 256; value++) {
        if (byteMatches((byte) value, 0)) {
          if (only >= 0) {
            return this;
          }
          only = value;
        }
      }
      return new Bytes(pattern, mask, begin, end, ignoreCase, only);
    }

    @Override
    public int reach() {
      return end + pattern.length;
    }

    @Override
    public boolean matches(Header header) {
      byte[] data = header.bytes();
      int length = pattern.length;
      if (data.length < begin || Math.min(length + end - begin, data.length - begin) < length) {
        return false;
      }
      if (firstByte >= 0 && end > begin) {
        String text = header.latin1();
        for (int start = text.indexOf(firstByte, begin);
            start >= 0 && start <= end;
            start = text.indexOf(firstByte, start + 1)) {
          if (matchesAt(data, start)) {
            return true;
          }
        }
        return false;
      }
      for (int start = begin; start <= end; start++) {
        if (matchesAt(data, start)) {
          return true;
        }
      }
      return false;
    }

    private boolean matchesAt(byte[] data, int start) {
      for (int j = 0; j < pattern.length; j++) {
        int at = start + j;
        if (!byteMatches(at < data.length ? data[at] : 0, j)) {
          return false;
        }
      }
      return true;
    }

    private boolean byteMatches(byte value, int j) {
      int masked = value & mask[j];
      if (ignoreCase) {
        masked = Character.toLowerCase(masked);
      }
      return masked == pattern[j];
    }
  }

  /**
   * A regular expression looked for at each offset in {@code [begin, end]} within a window of
   * {@code length} chars (the header as ISO-8859-1, 0 past its end), as Tika's {@code
   * MagicDetector} does; the window's bounds are the matcher's region, opaque and anchoring.
   *
   * <p>An offset whose char cannot begin a match is skipped without asking the matcher: Tika asks
   * Illustrator's {@code [\r\n]%AI5_FileFormat} at every one of 8,193 offsets, and a text file has
   * a hundred line breaks there. Which chars can begin a match is found by trying each one alone: a
   * char the matcher refuses without reading past it ({@link Matcher#hitEnd()} false) refuses every
   * text that begins with it.
   */
  record Regex(Pattern pattern, int length, int begin, int end, boolean[] firstChars)
      implements MagicClause {

    Regex(Pattern pattern, int length, int begin, int end) {
      this(pattern, length, begin, end, firstChars(pattern));
    }

    @Override
    public int reach() {
      return end + length;
    }

    @Override
    public boolean matches(Header header) {
      if (header.bytes().length < begin) {
        return false;
      }
      String text = header.latin1();
      Matcher matcher = pattern.matcher(text);
      for (int start = begin; start <= end; start++) {
        if (firstChars[text.charAt(start)] && matcher.region(start, start + length).lookingAt()) {
          return true;
        }
      }
      return false;
    }

    private static boolean[] firstChars(Pattern pattern) {
      boolean[] first = new boolean[256];
      for (char c = 0; c < first.length; c++) {
        Matcher matcher = pattern.matcher(String.valueOf(c));
        first[c] = matcher.lookingAt() || matcher.hitEnd();
      }
      return first;
    }
  }

  /** The header and, made on first use, its chars (0-padded to the reach of every clause). */
  static final class Header {
    private final byte[] bytes;
    private final int reach;
    private String latin1;

    Header(byte[] bytes, int reach) {
      this.bytes = bytes;
      this.reach = reach;
    }

    byte[] bytes() {
      return bytes;
    }

    String latin1() {
      if (latin1 == null) {
        latin1 =
            new String(
                Arrays.copyOf(bytes, Math.max(bytes.length, reach)), StandardCharsets.ISO_8859_1);
      }
      return latin1;
    }
  }
}
