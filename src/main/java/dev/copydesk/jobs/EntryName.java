package dev.copydesk.jobs;

import dev.copydesk.model.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Judges a path as written inside an archive (or a part's file name). The path never decides where
 * a file lands on disk (stored files are numbered), but an entry that tries to leave the archive is
 * hostile or broken, and the report says so.
 */
final class EntryName {

  /** A rule that turns an entry away, with the reason shown in the report. */
  private record Rule(Predicate<String> matches, String detail) {}

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private static final List<Rule> UNSAFE =
      List.of(
          new Rule(name -> name.indexOf('\0') >= 0, "The entry name contains a NUL character"),
          new Rule(name -> name.startsWith("/"), "The entry has an absolute path"),
          new Rule(name -> DRIVE.matcher(name).matches(), "The entry has an absolute path"),
          new Rule(
              name -> List.of(name.split("/")).contains(".."),
              "The entry path leads outside the archive"));

  /** Operating-system litter that archivers add; skipped without a report row. */
  private static final Set<String> LITTER = Set.of(".ds_store", "thumbs.db", "desktop.ini");

  private EntryName() {}

  /**
   * The cleaned relative path of {@code raw}, or an {@link ErrorCode#UNSAFE_PATH} failure.
   *
   * @throws IntakeException when the path is absolute or climbs out of the archive
   */
  static String clean(String raw) throws IntakeException {
    String name = raw.replace('\\', '/');
    for (Rule rule : UNSAFE) {
      if (rule.matches().test(name)) {
        throw IntakeException.file(ErrorCode.UNSAFE_PATH, rule.detail());
      }
    }
    List<String> segments = new ArrayList<>();
    for (String segment : name.split("/")) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    return String.join("/", segments);
  }

  /** True for entries nobody means to import: Finder and Explorer metadata. */
  static boolean isLitter(String cleaned) {
    String base = baseName(cleaned);
    return cleaned.startsWith("__MACOSX/")
        || base.startsWith("._")
        || LITTER.contains(base.toLowerCase(Locale.ROOT));
  }

  static String baseName(String cleaned) {
    return cleaned.substring(cleaned.lastIndexOf('/') + 1);
  }

  /**
   * The name of one of the {@code count} parts a file holds: {@code wire/day.anpa}'s second message
   * of five is {@code wire/day (message 2 of 5).anpa}.
   */
  static String part(String cleaned, String noun, int number, int count) {
    String part = " (" + noun + " " + number + " of " + count + ")";
    int slash = cleaned.lastIndexOf('/');
    int dot = cleaned.lastIndexOf('.');
    return dot > slash + 1
        ? cleaned.substring(0, dot) + part + cleaned.substring(dot)
        : cleaned + part;
  }

  /** A short lowercase extension (for the stored file's name), if the name has a plain one. */
  static Optional<String> extension(String cleaned) {
    String base = baseName(cleaned);
    int dot = base.lastIndexOf('.');
    String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.matches("[a-z0-9]{1,8}") ? Optional.of(ext) : Optional.empty();
  }
}
