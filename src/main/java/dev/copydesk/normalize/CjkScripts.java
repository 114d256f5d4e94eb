package dev.copydesk.normalize;

import java.util.Optional;

/**
 * Chinese, Japanese and Korean told apart by their writing systems, before any n-gram scoring:
 * Korean is written in Hangul, Japanese mixes kana into its kanji, and Chinese uses Han characters
 * alone. Optimaize's n-gram profiles cannot tell them apart (a page of traditional Chinese scores
 * Korean at 0.99999: optimaize/language-detector#33 and #85); Lingua checks scripts first for the
 * same reason. A text where these scripts are not most of the letters is left to the n-grams.
 */
final class CjkScripts {

  /** Fewer CJK characters than this say too little (about a sentence). */
  static final int MIN_CHARS = 20;

  /** Japanese text has kana in every sentence (particles, endings): a few percent is enough. */
  static final double KANA_SHARE = 0.05;

  /** Korean text is mostly Hangul; Han characters (hanja) are rare in it. */
  static final double HANGUL_SHARE = 0.5;

  /** Chinese has none of the others' scripts; a stray one is allowed. */
  static final double STRAY_SHARE = 0.01;

  private CjkScripts() {}

  /** {@code zh}, {@code ja} or {@code ko} when CJK scripts make most of the text's letters. */
  static Optional<String> language(String text) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(c)) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        default -> {}
      }
    }
    int cjk = han + kana + hangul;
    if (cjk < MIN_CHARS || cjk * 2 < letters) {
      return Optional.empty();
    }
    if (hangul >= HANGUL_SHARE * cjk) {
      return Optional.of("ko");
    }
    if (kana >= KANA_SHARE * cjk) {
      return Optional.of("ja");
    }
    if (kana + hangul <= STRAY_SHARE * cjk) {
      return Optional.of("zh");
    }
    return Optional.empty();
  }
}
