package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;

/**
 * Tika 3.3.1 fixes the XFA external-entity flaw of 3.2.x (CVE-2025-54988 / CVE-2025-66516): a
 * dependency update must not slide back below it.
 */
class TikaVersionTest {

  @Test
  void tikaIsAtLeast331() {
    String version = new Tika().toString().replace("Apache Tika ", "");
    int[] parts =
        java.util.Arrays.stream(version.split("[.-]"))
            .limit(3)
            .mapToInt(Integer::parseInt)
            .toArray();

    assertThat(parts[0] * 10_000 + parts[1] * 100 + parts[2])
        .as(version)
        .isGreaterThanOrEqualTo(30301);
  }
}
