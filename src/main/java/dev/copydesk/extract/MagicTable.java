package dev.copydesk.extract;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's magic-number table as Tika compiled it from {@code tika-mimetypes.xml}, evaluated without
 * Tika's per-clause cost ({@link MagicClause}). For every one of its ~850 clauses Tika wraps the
 * header in a new stream and a new {@code Metadata}, copies the bytes it compares and, for the
 * regex clauses, compiles the pattern and decodes 8 KB of the header to chars; a text file, which
 * no magic matches, asks them all: ~0.45 ms per file. Here each clause is compiled once and
 * compares the header in place; the regex clauses share one decoded copy of it.
 *
 * <p>The clauses, their order, priorities and bytes are read from Tika's own {@link MimeTypes},
 * where they are package-private (hence reflection, confined to this class and {@link
 * MagicDetection}): the table is Tika's and moves with Tika's version. {@code MagicDetectionTest}
 * compares every answer with {@link MimeTypes#detect} and fails on a Tika upgrade that renames what
 * is read here.
 */
final class MagicTable {

  /** One {@code <magic>} element: its type, priority and clause tree, in Tika's order. */
  record Magic(MimeType type, int priority, MagicClause clause) {}

  private final List<Magic> magics;
  private final int reach;

  private MagicTable(List<Magic> magics) {
    this.magics = magics;
    this.reach = magics.stream().mapToInt(m -> m.clause().reach()).max().orElse(0);
  }

  /** Tika's magics, in the order Tika asks them. */
  List<Magic> magics() {
    return magics;
  }

  MagicClause.Header header(byte[] bytes) {
    return new MagicClause.Header(bytes, reach);
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

  private static MagicClause clause(Object tikas) {
    return switch (tikas.getClass().getSimpleName()) {
      case "AndClause" ->
          MagicClause.AtLeast.all(clauses(Arrays.asList((Object[]) read(tikas, "clauses"))));
      case "OrClause" -> MagicClause.AtLeast.any(clauses((List<?>) read(tikas, "clauses")));
      case "MinShouldMatchClause" ->
          new MagicClause.AtLeast(
              (Integer) read(tikas, "min"), clauses((List<?>) read(tikas, "clauses")));
      case "MagicMatch" -> leaf((MagicDetector) call(tikas, "getDetector"));
      default -> throw new IllegalStateException("Unknown Tika magic clause: " + tikas.getClass());
    };
  }

  private static List<MagicClause> clauses(List<?> tikas) {
    return tikas.stream().map(MagicTable::clause).toList();
  }

  /** One of Tika's {@code <match>} leaves, compiled. */
  static MagicClause leaf(MagicDetector detector) {
    int begin = (Integer) read(detector, "offsetRangeBegin");
    int end = (Integer) read(detector, "offsetRangeEnd");
    boolean ignoreCase = (Boolean) read(detector, "isStringIgnoreCase");
    byte[] pattern = (byte[]) read(detector, "pattern");
    if (read(detector, "type") == MediaType.OCTET_STREAM) {
      // Tika's MagicMatch counts a match only when the answer is not this very constant.
      return MagicClause.AtLeast.any(List.of());
    }
    if ((Boolean) read(detector, "isRegex")) {
      String regex = new String(pattern, StandardCharsets.UTF_8);
      return new MagicClause.Regex(
          Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0),
          (Integer) read(detector, "length"),
          begin,
          end);
    }
    return new MagicClause.Bytes(pattern, (byte[]) read(detector, "mask"), begin, end, ignoreCase)
        .withFirstByte();
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
