package dev.copydesk.dedupe;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The planted copies of the quality test: what happens to an article on its way in again. */
final class PlantedCopies {

  enum Category {
    EXACT,
    REFORMATTED,
    TRIMMED,
    REORDERED,
    WRAPPED,
    REVISION
  }

  private static final String[] BOILERPLATE = {
    "Advertisement",
    "Subscribe to our newsletter to get the best of our journalism delivered to your inbox every"
        + " morning, free of charge.",
    "Share this article",
    "Comments are closed.",
    "Sign up for breaking news alerts",
  };

  private final DuplicateCorpusGenerator text;

  PlantedCopies(DuplicateCorpusGenerator text) {
    this.text = text;
  }

  Entry copy(Category category, Entry original, String id, Random random) {
    List<Block> body = original.body();
    List<Block> copy =
        switch (category) {
          case EXACT -> body;
          case REFORMATTED -> reformatted(body, random);
          case TRIMMED ->
              body.subList(
                  Math.max(1, body.size() / 5), body.size() - Math.max(1, body.size() / 5));
          case REORDERED -> shuffled(body, random);
          case WRAPPED -> wrapped(body, random);
          case REVISION -> revised(body, random);
        };
    List<Block> indexed = new ArrayList<>();
    copy.forEach(b -> indexed.add(new Block(indexed.size(), b.kind(), b.text(), null)));
    return TestEntries.entry(id, indexed);
  }

  /** Another format's extraction: wrapping, quotes, NBSPs, hyphenation, ligatures, page breaks. */
  private List<Block> reformatted(List<Block> body, Random random) {
    List<Block> out = new ArrayList<>();
    for (Block block : body) {
      String retyped =
          block
              .text()
              .replace("'", "\u2019")
              .replace(" \"", " \u201c")
              .replace("\"", "\u201d")
              .replace("fi", random.nextBoolean() ? "\ufb01" : "fi");
      String[] sentences = retyped.split("(?<=\\.) ");
      if (sentences.length > 2 && random.nextDouble() < 0.3) {
        int cut = 1 + random.nextInt(sentences.length - 1);
        out.add(new Block(0, block.kind(), wrap(join(sentences, 0, cut), random), null));
        out.add(
            new Block(0, block.kind(), wrap(join(sentences, cut, sentences.length), random), null));
      } else {
        out.add(new Block(0, block.kind(), wrap(retyped, random), null));
      }
    }
    return out;
  }

  /** Hard line breaks every 50–80 characters, some hyphenated, some NBSPs and double spaces. */
  private static String wrap(String text, Random random) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      int width = 50 + random.nextInt(30);
      if (line > 0
          && line + word.length() > width
          && word.length() > 6
          && Character.isLowerCase(word.charAt(0))
          && random.nextBoolean()) {
        int cut = 3 + random.nextInt(word.length() - 5);
        out.append(' ').append(word, 0, cut).append("-\n").append(word.substring(cut));
        line = word.length() - cut;
        continue;
      }
      String gap =
          line == 0
              ? ""
              : line + word.length() > width
                  ? "\n"
                  : random.nextDouble() < 0.05 ? "\u00a0" : random.nextDouble() < 0.05 ? "  " : " ";
      line = gap.equals("\n") ? 0 : line;
      out.append(gap).append(word);
      line += word.length() + 1;
    }
    return out.toString();
  }

  private static List<Block> shuffled(List<Block> body, Random random) {
    List<Block> out = new ArrayList<>(body);
    Collections.shuffle(out, random);
    return out;
  }

  /** The article inside a web page's furniture: ads, a newsletter box, related links. */
  private List<Block> wrapped(List<Block> body, Random random) {
    List<Block> out = new ArrayList<>();
    out.add(new Block(0, BlockKind.PARAGRAPH, BOILERPLATE[4], null));
    for (int i = 0; i < body.size(); i++) {
      out.add(body.get(i));
      if (i % 3 == 2) {
        out.add(new Block(0, BlockKind.PARAGRAPH, BOILERPLATE[0], null));
      }
      if (i == body.size() / 2) {
        out.add(new Block(0, BlockKind.PARAGRAPH, BOILERPLATE[1], null));
      }
    }
    out.add(new Block(0, BlockKind.PARAGRAPH, BOILERPLATE[2], null));
    out.add(new Block(0, BlockKind.HEADING, "Related", null));
    for (int r = 3 + random.nextInt(3); r > 0; r--) {
      String[] words = text.sentence(random).replaceAll("[.?\"]", "").split(" ");
      String headline = String.join(" ", List.of(words).subList(0, Math.min(words.length, 9)));
      out.add(new Block(0, BlockKind.LIST, headline, null));
    }
    out.add(new Block(0, BlockKind.PARAGRAPH, BOILERPLATE[3], null));
    return out;
  }

  /** A light edit: one sentence in ten (1–4) rewritten in place, and one paragraph added. */
  private List<Block> revised(List<Block> body, Random random) {
    List<Block> out = new ArrayList<>(body);
    int total = body.stream().mapToInt(b -> b.text().split("(?<=[.?]) ").length).sum();
    for (int edits = Math.max(1, Math.min(4, total / 10)); edits > 0; edits--) {
      List<Integer> paragraphs = new ArrayList<>();
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).kind() == BlockKind.PARAGRAPH) {
          paragraphs.add(i);
        }
      }
      int at = paragraphs.get(random.nextInt(paragraphs.size()));
      Block block = out.get(at);
      String[] sentences = block.text().split("(?<=[.?]) ");
      sentences[random.nextInt(sentences.length)] = text.sentence(random);
      out.set(at, new Block(0, block.kind(), String.join(" ", sentences), null));
    }
    out.add(
        1 + random.nextInt(out.size()),
        new Block(0, BlockKind.PARAGRAPH, text.paragraph(random), null));
    return out;
  }

  private static String join(String[] parts, int from, int to) {
    return String.join(" ", List.of(parts).subList(from, to));
  }
}
