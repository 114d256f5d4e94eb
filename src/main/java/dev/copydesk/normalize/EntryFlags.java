package dev.copydesk.normalize;

import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The flags normalisation raises: missing or doubtful metadata, and kept possible boilerplate. */
final class EntryFlags {

  private EntryFlags() {}

  static List<Flag> flags(Map<String, Found> chosen, List<Unit> body) {
    List<Flag> flags = new ArrayList<>();
    if (!chosen.containsKey("title")) {
      flags.add(
          Flag.of(
              FlagCode.MISSING_TITLE, "No title in the document's properties or its first line."));
    }
    if (!chosen.containsKey("authors")) {
      flags.add(
          Flag.of(
              FlagCode.MISSING_AUTHOR,
              "No author in the document's properties, a byline or an author bio."));
    }
    Found published = chosen.get("published");
    if (published == null) {
      flags.add(
          Flag.of(
              FlagCode.MISSING_DATE,
              "No publication date in the document's properties or its text."));
    } else if (MetadataSources.LOW.equals(published.confidence())) {
      flags.add(
          Flag.of(
              FlagCode.LOW_CONFIDENCE_DATE,
              "The date "
                  + published.value()
                  + " was not stated as the publication date (found in "
                  + published.from()
                  + "); check it."));
    }
    for (int i = 0; i < body.size(); i++) {
      String why = body.get(i).suspicion();
      if (why != null) {
        flags.add(
            new Flag(
                FlagCode.POSSIBLE_BOILERPLATE,
                FlagCode.POSSIBLE_BOILERPLATE.severity(),
                List.of(i),
                null,
                null,
                null,
                null,
                "Looks like " + why + ", but not certainly enough to remove it; kept for review."));
      }
    }
    return flags;
  }
}
