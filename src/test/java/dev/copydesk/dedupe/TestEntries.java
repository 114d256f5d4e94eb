package dev.copydesk.dedupe;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entries for dedupe tests: only the body matters here. */
final class TestEntries {

  private TestEntries() {}

  static Entry entry(String id, List<Block> body) {
    return new Entry(
        Entry.SCHEMA_VERSION,
        id,
        new Source(id + ".txt", "text/plain", 0, id),
        null,
        null,
        List.of(),
        null,
        "en",
        body.stream().mapToInt(b -> TextFold.wordCount(b.text())).sum(),
        body,
        List.of(),
        List.of(),
        Map.of());
  }

  /**
   * Paragraph blocks from texts; a text starting with {@code "> "} is a quote, {@code "@ "} a
   * caption.
   */
  static Entry paragraphs(String id, List<String> texts) {
    List<Block> body = new ArrayList<>();
    for (String text : texts) {
      BlockKind kind =
          text.startsWith("> ")
              ? BlockKind.QUOTE
              : text.startsWith("@ ") ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
      String clean = kind == BlockKind.PARAGRAPH ? text : text.substring(2);
      body.add(new Block(body.size(), kind, clean, null));
    }
    return entry(id, body);
  }
}
