package dev.copydesk.publish;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An entry's body as Gutenberg block markup, and the editor note listing its flags. Text is
 * HTML-escaped: body text is plain text, never markup.
 */
final class WordPressContent {

  private WordPressContent() {}

  /** Consecutive list items (one block each, as extraction finds them) make one list. */
  static String blocks(List<Block> body) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).kind() != BlockKind.LIST) {
        out.add(block(body.get(i)));
        continue;
      }
      StringBuilder items = new StringBuilder(body.get(i).text());
      while (i + 1 < body.size() && body.get(i + 1).kind() == BlockKind.LIST) {
        items.append('\n').append(body.get(++i).text());
      }
      out.add(list(items.toString()));
    }
    return String.join("\n\n", out);
  }

  private static String block(Block block) {
    String text = escape(block.text());
    return switch (block.kind()) {
      case HEADING -> "<!-- wp:heading -->\n<h2>" + text + "</h2>\n<!-- /wp:heading -->";
      case QUOTE ->
          "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">"
              + paragraph(text, null)
              + "</blockquote>\n<!-- /wp:quote -->";
      case CAPTION -> paragraph(text, "copydesk-caption");
      case LIST -> list(block.text());
      case PARAGRAPH -> paragraph(text, null);
      case TABLE -> table(block.text());
    };
  }

  /** One table row per line of the block's text, one cell per tab-separated field. */
  private static String table(String text) {
    StringBuilder rows = new StringBuilder();
    for (String line : text.split("\n")) {
      rows.append("<tr>");
      for (String cell : line.split("\t", -1)) {
        rows.append("<td>").append(escape(cell)).append("</td>");
      }
      rows.append("</tr>");
    }
    return "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><tbody>"
        + rows
        + "</tbody></table></figure>\n<!-- /wp:table -->";
  }

  private static String paragraph(String escaped, String className) {
    if (className == null) {
      return "<!-- wp:paragraph -->\n<p>" + escaped + "</p>\n<!-- /wp:paragraph -->";
    }
    return "<!-- wp:paragraph {\"className\":\""
        + className
        + "\"} -->\n<p class=\""
        + className
        + "\">"
        + escaped
        + "</p>\n<!-- /wp:paragraph -->";
  }

  /** One list item per line of the block's text. */
  private static String list(String text) {
    String items =
        text.lines()
            .filter(line -> !line.isBlank())
            .map(
                line ->
                    "<!-- wp:list-item -->\n<li>"
                        + escape(line.strip())
                        + "</li>\n<!-- /wp:list-item -->")
            .collect(Collectors.joining("\n"));
    return "<!-- wp:list -->\n<ul>" + items + "</ul>\n<!-- /wp:list -->";
  }

  /** What the editor reads next to the draft: every flag, most severe first, in plain words. */
  static String editorNote(Entry entry) {
    if (entry.flags().isEmpty()) {
      return "Copydesk: no flags; ready for review.";
    }
    StringBuilder note = new StringBuilder("Copydesk flags to review before publishing:");
    entry.flags().stream()
        .sorted((a, b) -> a.severity().compareTo(b.severity()))
        .forEach(flag -> note.append("\n- ").append(line(flag)));
    return note.toString();
  }

  private static String line(Flag flag) {
    StringBuilder line =
        new StringBuilder(flag.severity().json().toUpperCase(java.util.Locale.ROOT))
            .append(' ')
            .append(flag.code().name());
    if (flag.blocks() != null && !flag.blocks().isEmpty()) {
      line.append(" (paragraphs ").append(humanIndexes(flag.blocks())).append(')');
    }
    if (flag.message() != null) {
      line.append(": ").append(flag.message());
    }
    return line.toString();
  }

  /** Block indexes as editors count them, from 1. */
  private static String humanIndexes(List<Integer> indexes) {
    return indexes.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "));
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#039;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
