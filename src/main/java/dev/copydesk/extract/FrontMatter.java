package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata block at the top of a Markdown file, as static-site systems (Jekyll, Hugo, Eleventy)
 * and pandoc write it: YAML between {@code ---} lines (closed by {@code ---} or {@code ...}) or
 * TOML between {@code +++} lines. Read for the fields an article has: {@code title}; {@code author}
 * ({@code authors}, {@code byline}); {@code date} ({@code publishDate}, {@code published}, {@code
 * pubDate}); {@code description} ({@code subtitle}, {@code summary}, {@code standfirst}, {@code
 * excerpt}), as {@code md:title}, {@code md:author}, {@code md:date} and {@code md:description};
 * {@code lang} ({@code language}) as {@code dc:language}. Only the flat subset articles use is read
 * (a value, a quoted value, a list inline or one item a line, a folded or literal block, an
 * author's {@code name}); never a YAML parser, so no aliases, tags or types. A block that does not
 * close within {@value #MAX_LINES} lines is not front matter.
 */
final class FrontMatter {

  /** The text split: the block as written (empty when there is none), its fields, the rest. */
  record Split(String block, Map<String, List<String>> properties, String body) {}

  static final int MAX_LINES = 200;

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("title", "md:title"),
          Map.entry("headline", "md:title"),
          Map.entry("author", "md:author"),
          Map.entry("authors", "md:author"),
          Map.entry("byline", "md:author"),
          Map.entry("date", "md:date"),
          Map.entry("publishdate", "md:date"),
          Map.entry("publish_date", "md:date"),
          Map.entry("published", "md:date"),
          Map.entry("pubdate", "md:date"),
          Map.entry("description", "md:description"),
          Map.entry("subtitle", "md:description"),
          Map.entry("summary", "md:description"),
          Map.entry("standfirst", "md:description"),
          Map.entry("excerpt", "md:description"),
          Map.entry("lang", "dc:language"),
          Map.entry("language", "dc:language"));

  private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:(?:\\s+(.*))?$");
  private static final Pattern TOML_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*=\\s*(.*)$");
  private static final Pattern ITEM = Pattern.compile("^\\s+-\\s+(.*)$");
  private static final Pattern NAME = Pattern.compile("^\\s+-?\\s*name\\s*:\\s+(.*)$");
  private static final Pattern INDENTED = Pattern.compile("^\\s+(\\S.*)$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");

  private FrontMatter() {}

  static Split split(String text) {
    String unified = PlainText.unifyLineBreaks(text);
    String[] lines = unified.split("\n", MAX_LINES + 2);
    String fence = lines[0].strip();
    if (!fence.equals("---") && !fence.equals("+++")) {
      return new Split("", Map.of(), text);
    }
    int offset = lines[0].length() + 1;
    for (int end = 1; end < Math.min(lines.length, MAX_LINES + 1); end++) {
      String line = lines[end].strip();
      offset += lines[end].length() + 1;
      if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
        List<String> inside = List.of(lines).subList(1, end);
        if (!opensWithAKey(inside, fence.equals("---") ? YAML_KEY : TOML_KEY)) {
          break; // a rule above and below some text, not metadata
        }
        return new Split(
            String.join("\n", inside),
            fence.equals("---") ? yaml(inside) : toml(inside),
            offset >= unified.length() ? "" : unified.substring(offset));
      }
    }
    return new Split("", Map.of(), text);
  }

  private static boolean opensWithAKey(List<String> lines, Pattern key) {
    return lines.stream()
        .filter(line -> !line.isBlank())
        .findFirst()
        .map(line -> key.matcher(line).matches())
        .orElse(false);
  }

  private static Map<String, List<String>> yaml(List<String> lines) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher key = YAML_KEY.matcher(lines.get(i));
      String property = key.matches() ? FIELDS.get(key.group(1).toLowerCase(Locale.ROOT)) : null;
      if (property == null || fields.containsKey(property)) {
        continue;
      }
      String value = key.group(2) == null ? "" : key.group(2).strip();
      List<String> below = new ArrayList<>();
      while (i + 1 < lines.size() && INDENTED.matcher(lines.get(i + 1)).matches()) {
        below.add(lines.get(++i));
      }
      List<String> values = yamlValues(value, below);
      if (!values.isEmpty()) {
        fields.put(property, values);
      }
    }
    return fields;
  }

  /** A value on the key's line, or the indented lines below it: list items, names or a block. */
  private static List<String> yamlValues(String value, List<String> below) {
    if (value.startsWith("|") || value.startsWith(">")) {
      List<String> text = below.stream().map(String::strip).toList();
      return List.of(String.join(value.startsWith("|") ? "\n" : " ", text).strip());
    }
    if (!value.isEmpty() && !value.startsWith("#")) {
      return scalarOrList(value);
    }
    List<String> values = new ArrayList<>();
    for (String line : below) {
      Matcher name = NAME.matcher(line);
      Matcher item = ITEM.matcher(line);
      if (name.matches()) {
        values.add(unquote(name.group(1)));
      } else if (item.matches() && !item.group(1).contains(": ")) {
        values.add(unquote(item.group(1)));
      }
    }
    if (values.isEmpty() && !below.isEmpty() && INDENTED.matcher(below.get(0)).matches()) {
      String plain = String.join(" ", below.stream().map(String::strip).toList());
      return plain.contains(": ") ? List.of() : List.of(plain);
    }
    return values.stream().filter(v -> !v.isBlank()).toList();
  }

  private static Map<String, List<String>> toml(List<String> lines) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.strip().startsWith("[")) {
        break; // a table: what follows belongs to it, not to the article
      }
      Matcher key = TOML_KEY.matcher(line);
      String property = key.matches() ? FIELDS.get(key.group(1).toLowerCase(Locale.ROOT)) : null;
      if (property != null && !fields.containsKey(property)) {
        List<String> values = scalarOrList(key.group(2).strip());
        if (!values.isEmpty()) {
          fields.put(property, values);
        }
      }
    }
    return fields;
  }

  /** {@code "a"}, {@code a}, or {@code [a, "b"]}. */
  private static List<String> scalarOrList(String value) {
    if (value.startsWith("[") && value.endsWith("]")) {
      return LIST_SEPARATOR
          .splitAsStream(value.substring(1, value.length() - 1))
          .map(FrontMatter::unquote)
          .filter(v -> !v.isBlank())
          .toList();
    }
    String scalar = unquote(value);
    return scalar.isBlank() ? List.of() : List.of(scalar);
  }

  /**
   * A quoted value's text ({@code \"} and {@code ''} unescaped), or a plain one without a comment.
   */
  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
      return v.substring(1, v.length() - 1).replace("''", "'");
    }
    int comment = v.indexOf(" #");
    return comment < 0 ? v : v.substring(0, comment).strip();
  }
}
