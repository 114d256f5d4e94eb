package dev.copydesk.extract;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's magic-number table as Tika compiled it from {@code tika-mimetypes.xml}, evaluated without
 * Tika's per-clause cost. For every one of its ~850 clauses Tika wraps the header in a new stream
 * and a new {@code Metadata}, copies the bytes it compares and, for the regex clauses, compiles the
 * pattern and decodes 8 KB of the header to chars; a text file, which no magic matches, asks them
 * all: ~0.45 ms per file. Here each clause is compiled once and compares the header in place; the
 * regex clauses share one decoded copy of it.
 *
 * <p>The clauses, their order, priorities and bytes are read from Tika's own {@link MimeTypes},
 * where they are package-private (hence reflection, confined to this class): the table is Tika's
 * and moves with Tika's version. {@code MagicTableTest} compares every answer with {@link
 * MimeTypes#detect} and fails on a Tika upgrade that renames what is read here.
 */
final class MagicTable {

  /** One {@code <magic>} element: its type, priority and clause tree, in Tika's order. */
  record Magic(MimeType type, int priority, Clause clause) {}

  /** A clause over the header: the first bytes of a file (64 KB at most). */
  sealed interface Clause permits All, Any, AtLeast, Bytes, Regex {
    boolean matches(Header header);
  }

  /** Nested {@code <match>} elements: the parent and (any of) its children. */
  record All(List<Clause> clauses) implements Clause {
    @Override
    public boolean matches(Header header) {
      for (Clause clause : clauses) {
        if (!clause.matches(header)) {
          return false;
        }
      }
      return true;
    }
  }

  record Any(List<Clause> clauses) implements Clause {
    @Override
    public boolean matches(Header header) {
      for (Clause clause : clauses) {
        if (clause.matches(header)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code minShouldMatch}: at least {@code min} of the clauses. */
  record AtLeast(int min, List<Clause> clauses) implements Clause {
    @Override
    public boolean matches(Header header) {
      int matches = 0;
      for (Clause clause : clauses) {
        if (clause.matches(header) && ++matches >= min) {
          return true;
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
      implements Clause {

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
      implements Clause {

    Regex(Pattern pattern, int length, int begin, int end) {
      this(pattern, length, begin, end, firstChars(pattern));
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

  private final List<Magic> magics;
  private final int reach;

  private MagicTable(List<Magic> magics) {
    this.magics = magics;
    this.reach = magics.stream().mapToInt(m -> reach(m.clause())).max().orElse(0);
  }

  /** Tika's magics, in the order Tika asks them. */
  List<Magic> magics() {
    return magics;
  }

  Header header(byte[] bytes) {
    return new Header(bytes, reach);
  }

  static MagicTable of(MimeTypes types) {
    List<Magic> magics = new ArrayList<>();
    for (Object magic : (List<?>) read(types, "magics")) {
      magics.add(
          new Magic(
              (MimeType) read(magic, "type"),
              (Integer) read(magic, "priority"),
              clause(read(magic, "clause"))));
    }
    return new MagicTable(List.copyOf(magics));
  }

  private static Clause clause(Object tikas) {
    return switch (tikas.getClass().getSimpleName()) {
      case "AndClause" -> new All(clauses(Arrays.asList((Object[]) read(tikas, "clauses"))));
      case "OrClause" -> new Any(clauses((List<?>) read(tikas, "clauses")));
      case "MinShouldMatchClause" ->
          new AtLeast((Integer) read(tikas, "min"), clauses((List<?>) read(tikas, "clauses")));
      case "MagicMatch" -> leaf((MagicDetector) call(tikas, "getDetector"));
      default -> throw new IllegalStateException("Unknown Tika magic clause: " + tikas.getClass());
    };
  }

  private static List<Clause> clauses(List<?> tikas) {
    return tikas.stream().map(MagicTable::clause).toList();
  }

  /** One of Tika's {@code <match>} leaves, compiled. */
  static Clause leaf(MagicDetector detector) {
    int begin = (Integer) read(detector, "offsetRangeBegin");
    int end = (Integer) read(detector, "offsetRangeEnd");
    boolean ignoreCase = (Boolean) read(detector, "isStringIgnoreCase");
    byte[] pattern = (byte[]) read(detector, "pattern");
    if (read(detector, "type") == MediaType.OCTET_STREAM) {
      // Tika's MagicMatch counts a match only when the answer is not this very constant.
      return new Any(List.of());
    }
    if ((Boolean) read(detector, "isRegex")) {
      String regex = new String(pattern, StandardCharsets.UTF_8);
      return new Regex(
          Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0),
          (Integer) read(detector, "length"),
          begin,
          end);
    }
    return new Bytes(pattern, (byte[]) read(detector, "mask"), begin, end, ignoreCase)
        .withFirstByte();
  }

  private static int reach(Clause clause) {
    if (clause instanceof Regex regex) {
      return regex.end() + regex.length();
    }
    if (clause instanceof Bytes bytes) {
      return bytes.end() + bytes.pattern().length;
    }
    List<Clause> children =
        clause instanceof All all
            ? all.clauses()
            : clause instanceof Any any
                ? any.clauses()
                : clause instanceof AtLeast atLeast ? atLeast.clauses() : List.of();
    return children.stream().mapToInt(MagicTable::reach).max().orElse(0);
  }

  private static Object read(Object owner, String fieldName) {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(fieldName);
        field.setAccessible(true);
        return field.get(owner);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Tika's " + owner.getClass() + " has no field " + fieldName);
  }

  private static Object call(Object owner, String methodName) {
    try {
      Method method = owner.getClass().getDeclaredMethod(methodName);
      method.setAccessible(true);
      return method.invoke(owner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Tika's " + owner.getClass() + "." + methodName, e);
    }
  }
}
