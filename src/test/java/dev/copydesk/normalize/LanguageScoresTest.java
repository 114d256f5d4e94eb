package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import dev.copydesk.ReadabilityPages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageScoresTest {

  /**
   * Exactly Optimaize's probabilities (same languages, same doubles, same order), built from the
   * same profiles: on the detector text of every corpus page (whole, and its first 2,000 chars as
   * {@link LanguageGuess} reads it), and on 3,000 random texts of mixed languages and scripts, with
   * lengths either side of the short-text limit.
   */
  @Test
  void givesOptimaizesProbabilities() throws Exception {
    List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
    LanguageDetector optimaize =
        LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    LanguageScores scores = new LanguageScores(profiles);

    List<String> texts = new ArrayList<>();
    for (Path page : ReadabilityPages.folders()) {
      String text = org.jsoup.Jsoup.parse(page.resolve("source.html").toFile(), "UTF-8").text();
      texts.add(LanguageGuess.detectorText(text));
      texts.add(LanguageGuess.detectorText(text.substring(0, Math.min(2_000, text.length()))));
    }
    assertThat(texts).hasSizeGreaterThan(200);
    String[] words = {
      "the", "news", "council", "der", "Stadt", "und", "la", "ville", "et", "el", "de", "noticias",
      "città", "és", "för", "jest", "ß", "Москва", "город", "東京", "新聞", "ニュース", "서울", "مدينة",
      "x", "", " "
    };
    Random random = new Random(9);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(i % 2 == 0 ? 15 : 400);
      for (int n = 0; n < count; n++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      texts.add(
          random.nextBoolean() ? LanguageGuess.detectorText(text.toString()) : text.toString());
    }
    int confident = 0;
    for (String text : texts) {
      List<DetectedLanguage> expected = optimaize.getProbabilities(text);
      assertThat(describe(scores.probabilities(text))).as(text).isEqualTo(describe(expected));
      confident += !expected.isEmpty() && expected.get(0).getProbability() > 0.9 ? 1 : 0;
    }
    assertThat(confident).isGreaterThan(1_000); // real answers were compared, not only empty ones
  }

  private static List<String> describe(List<DetectedLanguage> ranked) {
    return ranked.stream()
        .map(d -> d.getLocale() + "=" + Double.doubleToLongBits(d.getProbability()))
        .toList();
  }
}
