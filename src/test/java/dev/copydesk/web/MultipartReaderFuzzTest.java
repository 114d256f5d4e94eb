package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Any request body through the multipart reader. Invariants: it either reads parts or refuses with
 * an {@link IOException} (a problem+json reply upstream), never another exception; a body is never
 * copied past its limit; it stops after a bounded number of parts. Regression mode replays {@code
 * MultipartReaderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class MultipartReaderFuzzTest {

  private static final String BOUNDARY = "fuzzboundary";
  private static final long LIMIT = 4096;
  private static final int MAX_PARTS = 50;

  @FuzzTest(maxDuration = "30s")
  void anyBodyIsReadOrRefusedCleanly(byte[] body) {
    try {
      MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), BOUNDARY);
      int parts = 0;
      while (parts < MAX_PARTS && reader.next()) {
        parts++;
        reader.headers();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        long copied = reader.copyBody(sink, LIMIT);
        assertThat(copied).isLessThanOrEqualTo(LIMIT).isEqualTo(sink.size());
      }
    } catch (IOException refused) {
      assertThat(refused.getMessage()).doesNotContain("Exception", "at dev.copydesk");
    }
  }
}
