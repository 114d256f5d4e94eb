package dev.copydesk.dedupe;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Distinct synthetic articles for duplicate-detection tests and the benchmark: Zipf-distributed
 * words from a 6,000-word made-up vocabulary plus real function words, sentences of 5–45 words
 * (mean ~20), stock newsroom phrases that distinct articles really do share, and a few hand-written
 * wire paragraphs quoted by several articles. Everything follows from the seed.
 */
public final class DuplicateCorpusGenerator {

  private static final String[] FUNCTION_WORDS =
      ("the of and to a in that is was he for it with as his on be at by said had not are but from"
              + " or have an they which one you were her all she there would their we him been has when"
              + " who will more no if out so up what about into than them can only other new some could"
              + " time these two may then do first any my now such like our over man me even most made"
              + " after also did many before must through back years where much your way well down should"
              + " because each just those people how too little state good very make world still own see"
              + " men work long get here between both life being under never day same another know while"
              + " last might us great old year off come since against go came right used take three")
          .split(" ");
  private static final String[] SYLLABLES =
      ("ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu"
              + " ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve"
              + " vi vo za zo ar er in on an en ost ell ind ark orn ust")
          .split(" ");
  private static final String[] STOCK_PHRASES = {
    "according to people familiar with the matter",
    "did not respond to a request for comment",
    "said in a statement on",
    "for the first time since",
    "in the wake of the",
    "at the end of the day",
    "it was not immediately clear whether",
  };

  /** Original wire copy (written for these tests), quoted verbatim by several articles. */
  static final String[] WIRE_PARAGRAPHS = {
    "The regional water authority said on Monday that reservoir levels had fallen to their lowest"
        + " point in two decades, and that hosepipe restrictions would stay in place until autumn.",
    "Officials at the port confirmed that two container ships had been held offshore overnight"
        + " while inspectors checked paperwork for a cargo of refrigerated medicines.",
    "The university's governing board approved the new budget by a narrow margin, with three"
        + " members abstaining after a long debate about rising tuition fees.",
    "Emergency crews worked through the night to restore power to about 12,000 homes after high"
        + " winds brought down lines across the northern valleys.",
    "A spokeswoman for the ministry said the proposal was still under review and that no decision"
        + " would be announced before the end of the parliamentary session.",
    "Shares in the company rose almost 8 percent in early trading after it reported quarterly"
        + " profits well above what analysts had expected.",
    "Residents who spoke to reporters described hearing a loud bang shortly before midnight,"
        + " followed by the sound of sirens that lasted for more than an hour.",
    "The festival's organisers said ticket sales had recovered to pre-pandemic levels, although"
        + " fewer visitors were travelling from abroad than in previous years.",
  };

  private final String[] vocabulary;
  private final double[] cumulative;

  public DuplicateCorpusGenerator(long vocabularySeed) {
    Random random = new Random(vocabularySeed);
    List<String> words = new ArrayList<>(List.of(FUNCTION_WORDS));
    while (words.size() < 6_000 + FUNCTION_WORDS.length) {
      StringBuilder word = new StringBuilder();
      for (int s = 1 + random.nextInt(3 + random.nextInt(2)); s > 0; s--) {
        word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      words.add(word.toString());
    }
    vocabulary = words.toArray(String[]::new);
    cumulative = new double[vocabulary.length];
    double total = 0;
    for (int rank = 0; rank < vocabulary.length; rank++) {
      total += 1.0 / Math.pow(rank + 1, 1.05);
      cumulative[rank] = total;
    }
    for (int rank = 0; rank < cumulative.length; rank++) {
      cumulative[rank] /= total;
    }
  }

  public String word(Random random) {
    int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return vocabulary[Math.min(at < 0 ? -at - 1 : at, vocabulary.length - 1)];
  }

  public String sentence(Random random) {
    int length = (int) Math.max(5, Math.min(45, Math.round(20 + 7 * random.nextGaussian())));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String word = random.nextDouble() < 0.04 ? capitalised(word(random)) : word(random);
      if (random.nextDouble() < 0.02) {
        word = word + "'s";
      }
      text.append(i == 0 ? capitalised(word) : " " + word);
      if (i == length / 2 && random.nextDouble() < 0.25) {
        text.append(" ").append(STOCK_PHRASES[random.nextInt(STOCK_PHRASES.length)]);
      } else if (i > 2 && i < length - 2 && random.nextDouble() < 0.05) {
        text.append(",");
      }
    }
    String end = random.nextDouble() < 0.05 ? "?" : ".";
    return random.nextDouble() < 0.08 ? "\"" + text + ",\" " + word(random) + " said." : text + end;
  }

  public String paragraph(Random random) {
    StringBuilder text = new StringBuilder(sentence(random));
    for (int s = random.nextInt(4); s > 0; s--) {
      text.append(' ').append(sentence(random));
    }
    return text.toString();
  }

  /** A distinct article: 5–15 paragraphs, sometimes a subheading, sometimes a wire paragraph. */
  public Entry article(String id, Random random) {
    List<Block> body = new ArrayList<>();
    int paragraphs = 5 + random.nextInt(11);
    for (int p = 0; p < paragraphs; p++) {
      if (p == paragraphs / 2 && random.nextDouble() < 0.3) {
        body.add(
            new Block(
                body.size(),
                BlockKind.HEADING,
                capitalised(
                    sentence(random).split(" ", 5)[0] + " " + word(random) + " " + word(random)),
                null));
      }
      body.add(new Block(body.size(), BlockKind.PARAGRAPH, paragraph(random), null));
    }
    return TestEntries.entry(id, body);
  }

  static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
