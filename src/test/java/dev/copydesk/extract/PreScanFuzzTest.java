package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.config.Limits;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes through the pre-scan: it must answer with a value, never throw, and never count past
 * its limits. Regression mode (plain {@code mvn test}) replays {@code PreScanFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes (docs/security.md).
 */
class PreScanFuzzTest {

  private static final Limits SMALL =
      new Limits(1 << 20, 10, 1, 1000, 1000, 50, 4 << 20, 100, 3, 10, 1000, 1);
  private static final PreScan PRE_SCAN = new PreScan(SMALL);

  @FuzzTest(maxDuration = "30s")
  void anyBytesGiveAValue(byte[] data) throws IOException {
    Path file = Files.createTempFile("prescan-fuzz", ".bin");
    try {
      Files.write(file, data);
      Result<PreScan.Scan> result = PRE_SCAN.scan(file);
      assertThat(result).isNotNull();
      if (result instanceof Result.Ok<PreScan.Scan> ok) {
        assertThat(ok.value().entries()).isLessThanOrEqualTo(SMALL.maxArchiveEntries());
        assertThat(ok.value().inflatedBytes()).isLessThanOrEqualTo(SMALL.maxInflatedBytes());
        assertThat(ok.value().depth()).isLessThanOrEqualTo(SMALL.maxNestingDepth());
      }
    } finally {
      Files.delete(file);
    }
  }
}
