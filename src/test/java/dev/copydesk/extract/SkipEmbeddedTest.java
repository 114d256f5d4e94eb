package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class SkipEmbeddedTest {

  @Test
  void neverParsesAndStopsPastTheLimit() {
    SkipEmbedded skip = new SkipEmbedded(2);

    assertThat(skip.shouldParseEmbedded(new Metadata())).isFalse();
    assertThat(skip.shouldParseEmbedded(new Metadata())).isFalse();
    assertThatThrownBy(() -> skip.shouldParseEmbedded(new Metadata()))
        .isInstanceOf(SkipEmbedded.TooManyEmbedded.class);
  }
}
