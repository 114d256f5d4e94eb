package dev.copydesk.normalize;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The flags normalisation raises: missing or doubtful metadata, and kept possible boilerplate. */
final class EntryFlags {

  private EntryFlags() {}

  static List<Flag> flags(
      Map<String, Found> chosen,
      List<Unit> body,
      Extracted extracted,
      MetadataMap.TextNotes notes) {
    List<Flag> flags = new ArrayList<>();
    if (notes.withdrawal() != null) {
      flags.add(
          Flag.of(
              FlagCode.WITHDRAWN,
              "The agency has withdrawn this story (“"
                  + notes.withdrawal()
                  + "”): do not publish it, and take down any copy already published."));
    }
    Embargoes.Notice embargo = notes.embargo();
    if (embargo != null) {
      flags.add(
          Flag.of(
              FlagCode.EMBARGO,
              "The copy is under embargo: “"
                  + embargo.text()
                  + "”. Do not publish it before then."));
    }
    if (notes.correction() != null) {
      flags.add(
          Flag.of(
              FlagCode.CORRECTION,
              "The copy carries a correction (“"
                  + notes.correction()
                  + "”); a correction notice stays with the story it corrects."));
    }
    reviewMarkup(extracted).ifPresent(flags::add);
    moreStories(extracted).ifPresent(flags::add);
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

  /** Tracked changes or comments a Word file still holds, as extraction counted them. */
  private static Optional<Flag> reviewMarkup(Extracted extracted) {
    int changes = count(extracted, "review:trackedChanges");
    int comments = count(extracted, "review:comments");
    int hidden = count(extracted, "review:hiddenText");
    if (changes == 0 && comments == 0 && hidden == 0) {
      return Optional.empty();
    }
    List<String> held = new ArrayList<>();
    List<String> handled = new ArrayList<>();
    if (changes > 0) {
      held.add(plural(changes, "tracked change"));
      handled.add(
          "the body reads as if every change were accepted (text a change deleted is not in it)");
    }
    if (comments > 0) {
      held.add(plural(comments, "comment"));
      handled.add("the comments are in removed, not in the body");
    }
    if (hidden > 0) {
      held.add(plural(hidden, "passage") + " of hidden text");
      handled.add("the hidden text is in removed, not in the body");
    }
    return Optional.of(
        Flag.of(
            FlagCode.REVIEW_MARKUP,
            "The file still holds "
                + String.join(" and ", held)
                + ": "
                + String.join("; ", handled)
                + ". Check the original before publishing."));
  }

  /** Further stories the file holds, set aside whole: the entry is its first story only. */
  private static Optional<Flag> moreStories(Extracted extracted) {
    long others =
        extracted.blocks().stream().filter(b -> RawBlock.OTHER_STORY.equals(b.setAside())).count();
    if (others == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Flag.of(
            FlagCode.MORE_STORIES,
            "The file holds "
                + (others + 1)
                + " stories: this entry is the first, the others are in removed ("
                + RawBlock.OTHER_STORY
                + ") and are not delivered. Send each as a file of its own (a bulk import cuts a"
                + " wire feed capture into its stories)."));
  }

  private static int count(Extracted extracted, String key) {
    String value = extracted.property(key);
    return value == null || !value.matches("\\d{1,9}") ? 0 : Integer.parseInt(value);
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
