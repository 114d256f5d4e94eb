package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import dev.copydesk.ReadabilityPages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  /** What the detector was given before: Optimaize's own text object with the script filter. */
  private static final TextObjectFactory OPTIMAIZE =
      new TextObjectFactoryBuilder()
          .withTextFilter(
              RemoveMinorityScriptsTextFilter.forThreshold(LanguageGuess.MINORITY_SCRIPT_SHARE))
          .build();

  /**
   * {@link LanguageGuess#detectorText} is a faster way to the same string: checked on the text of
   * every corpus page and on 20,000 random strings of mixed scripts, combining marks, lone
   * surrogates, punctuation and space runs.
   */
  @Test
  void detectorTextIsWhatOptimaizesTextObjectMakes() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path page : ReadabilityPages.folders()) {
      texts.add(org.jsoup.Jsoup.parse(page.resolve("source.html").toFile(), "UTF-8").text());
    }
    assertThat(texts).hasSizeGreaterThan(100);
    String alphabet = "aZé ß,.-–’“\u0301\u0308  \tЖжΩω中文ひカ한ابي\u06cc\u1ea1\ud83d\ude00\ud800x9µ×";
    Random random = new Random(5);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      int scripts = 1 + random.nextInt(alphabet.length());
      for (int n = 0; n < length; n++) {
        text.append(alphabet.charAt(random.nextInt(scripts)));
      }
      texts.add(text.toString());
    }
    int changedByFilter = 0;
    for (String text : texts) {
      String expected = OPTIMAIZE.forText(text).toString();
      assertThat(LanguageGuess.detectorText(text)).as(text).isEqualTo(expected);
      changedByFilter +=
          RemoveMinorityScriptsTextFilter.forThreshold(0.3).filter(text).equals(text) ? 0 : 1;
    }
    assertThat(changedByFilter)
        .isGreaterThan(1_000); // the script filter's own path was compared too
  }

  /** Optimaize alone scores this Korean at 0.99999 (optimaize/language-detector#33). */
  @Test
  void traditionalChineseIsChineseNotKorean() throws Exception {
    String text = "市議會週一投票決定恢復圖書館的週末開放時間，這項決定獲得了居民的廣泛支持。" + "議員們表示，預算將從明年起增加，兒童閱讀計畫也會恢復。";
    var optimaize =
        new LanguageScores(new LanguageProfileReader().readAllBuiltIn())
            .probabilities(LanguageGuess.detectorText(text));

    assertThat(optimaize.get(0).getLocale().getLanguage()).isEqualTo("ko");
    assertThat(LanguageGuess.detect(text)).map(Found::value).contains("zh");
  }
}
