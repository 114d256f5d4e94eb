package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GramProbabilitiesTest {

  @Test
  void everyGramHasOptimaizesProbabilitiesAndUnknownOnesNone() throws Exception {
    List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
    NgramFrequencyData data = NgramFrequencyData.create(profiles, List.of(1, 2, 3));
    GramProbabilities table = GramProbabilities.of(profiles, data);
    int known = 0;
    for (LanguageProfile profile : profiles) {
      for (Map.Entry<String, Integer> gram : profile.iterateGrams()) {
        String text = gram.getKey();
        double[] expected = data.getProbabilities(text);
        assertThat(table.get(GramProbabilities.key(text, 0, text.length())))
            .as(text)
            .isSameAs(expected);
        known++;
      }
    }
    assertThat(known).isGreaterThan(100_000);
    for (String unknown : List.of("\u0000", "\u0000a", "q\u0000", "\uFFFF\uFFFF\uFFFF", "zzq")) {
      assertThat(table.get(GramProbabilities.key(unknown, 0, unknown.length())))
          .as(unknown)
          .isSameAs(data.getProbabilities(unknown));
    }
  }

  @Test
  void keysTellGramsOfEveryLengthApart() {
    assertThat(GramProbabilities.key("a", 0, 1))
        .isNotEqualTo(GramProbabilities.key("\u0000a", 0, 2));
    assertThat(GramProbabilities.key(" ab ", 1, 2)).isEqualTo(GramProbabilities.key("ab", 0, 2));
    assertThat(GramProbabilities.key("abcd", 0, 4)).isZero();
    assertThat(GramProbabilities.key("", 0, 0)).isZero();
  }
}
