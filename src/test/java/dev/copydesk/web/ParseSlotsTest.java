package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Result;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A client that waits for its answer before sending the next file never finds its own slot still
 * taken: the slot is free before the answer is handed back. (It was once released just after, and
 * two clients against two slots were told BUSY now and then.)
 */
class ParseSlotsTest {

  @Test
  void aSlotIsFreeOnceItsAnswerIsBack() {
    try (ParseSlots slots = new ParseSlots(1, Duration.ofSeconds(10))) {
      for (int call = 0; call < 20_000; call++) {
        Result<Integer> result = slots.run(() -> 1);
        assertThat(result).as("call %d", call).isInstanceOf(Result.Ok.class);
      }
    }
  }
}
