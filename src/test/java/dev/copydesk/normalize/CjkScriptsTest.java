package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CjkScriptsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "traditional Chinese, 市議會週一投票決定恢復圖書館的週末開放時間，這項決定獲得了居民的廣泛支持。議員們表示，預算將從明年起增加。, zh",
    "simplified Chinese, 市议会周一投票决定恢复图书馆的周末开放时间，这项决定得到了居民的广泛支持。议员们表示，预算将从明年起增加。, zh",
    "Japanese, 市議会は月曜日、図書館の週末の開館時間を元に戻すことを決めました。多くの住民がこの決定を支持しています。, ja",
    "Korean, 시의회는 월요일 도서관의 주말 개관 시간을 되돌리기로 결정했습니다. 많은 주민들이 이 결정을 지지하고 있습니다., ko",
  })
  void tellsTheLanguageByItsScripts(String name, String text, String code) {
    assertThat(CjkScripts.language(text)).contains(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "too short, 市議會週一投票",
    "English with a few Han, 'The council voted on Monday to restore weekend hours at the library (圖書館), a decision residents had long asked for.'",
    "no CJK, 'Le conseil municipal a voté lundi soir le rétablissement des horaires de la bibliothèque.'",
  })
  void leavesOtherTextsToTheNgrams(String name, String text) {
    assertThat(CjkScripts.language(text)).isEmpty();
  }
}
