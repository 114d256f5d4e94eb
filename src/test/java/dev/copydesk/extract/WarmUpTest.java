package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  /** A sample that failed would warm nothing (and hide a broken parser until the first upload). */
  @Test
  void everyBundledSampleIsExtractedWithText() {
    Map<String, Result<Extracted>> outcomes = WarmUp.run(new TikaExtractor(Limits.defaults()));

    assertThat(outcomes).containsOnlyKeys(WarmUp.SAMPLES);
    outcomes.forEach(
        (sample, outcome) -> {
          assertThat(outcome).as(sample).isInstanceOf(Result.Ok.class);
          assertThat(((Result.Ok<Extracted>) outcome).value().blocks())
              .as(sample)
              .hasSizeGreaterThan(5);
        });
  }
}
