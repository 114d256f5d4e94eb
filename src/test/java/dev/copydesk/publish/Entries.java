package dev.copydesk.publish;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Source;
import java.util.List;
import java.util.Map;

/** Small, realistic entries for delivery tests. */
final class Entries {

  private Entries() {}

  static Entry entry(String id, String title) {
    return new Entry(
        Entry.SCHEMA_VERSION,
        id,
        new Source(id + ".docx", "application/vnd.openxmlformats", 1234, "ab" + id),
        title,
        "A standfirst for " + title,
        List.of("Ada Lovelace"),
        "2024-11-20",
        "en",
        9,
        List.of(
            new Block(0, BlockKind.HEADING, "First things", null),
            new Block(1, BlockKind.PARAGRAPH, "Body text of " + title + " & more <b>.", null),
            new Block(2, BlockKind.QUOTE, "“A quote,” she said.", null),
            new Block(3, BlockKind.CAPTION, "A caption", null)),
        List.of(),
        List.of(Flag.of(FlagCode.MISSING_DATE, "No date found")),
        Map.of("dc:creator", "Ada Lovelace"));
  }

  /** {@code entry} with another publish date and metadata. */
  static Entry dated(Entry entry, String published, Map<String, Object> metadata) {
    return new Entry(
        entry.schemaVersion(),
        entry.id(),
        entry.source(),
        entry.title(),
        entry.standfirst(),
        entry.authors(),
        published,
        entry.language(),
        entry.wordCount(),
        entry.body(),
        entry.removed(),
        entry.flags(),
        metadata);
  }
}
