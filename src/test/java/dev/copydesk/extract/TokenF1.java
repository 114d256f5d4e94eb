package dev.copydesk.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-level F1 of extracted text against expected text, as in the article-extraction benchmark.
 */
final class TokenF1 {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private TokenF1() {}

  static double of(String actual, String expected) {
    Map<String, Integer> got = bag(actual);
    Map<String, Integer> want = bag(expected);
    int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    if (gotTotal == 0 && wantTotal == 0) {
      return 1.0;
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    if (common == 0) {
      return 0.0;
    }
    double precision = (double) common / gotTotal;
    double recall = (double) common / wantTotal;
    return 2 * precision * recall / (precision + recall);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }
}
