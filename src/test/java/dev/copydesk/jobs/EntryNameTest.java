package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNameTest {

  @Test
  void aMessagesNameKeepsTheFilesFolderAndExtension() {
    assertThat(EntryName.part("wire/day.anpa", "message", 2, 5))
        .isEqualTo("wire/day (message 2 of 5).anpa");
    assertThat(EntryName.part("feed.d/capture", "message", 1, 3))
        .isEqualTo("feed.d/capture (message 1 of 3)");
    assertThat(EntryName.part(".capture", "message", 3, 3)).isEqualTo(".capture (message 3 of 3)");
  }
}
