package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

/**
 * {@link TypeDetection} stops early once no later detector could change its answer; this checks
 * that its answers are Tika's own (but for Apple Mail's {@code .emlx}, see there) on every real
 * file we have (seeds, fixtures, the web corpus), under its own name, a misleading name and no
 * name, and on 2,000 damaged copies of the seeds.
 */
class TypeDetectionTest {

  private static final String[] NAMES = {null, "story.docx", "story.txt", "story.md", "story.odt"};

  private final TypeDetection detection = new TypeDetection();

  @Test
  void answersAsTikasCompositeDetectorDoes() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path root :
        List.of(
            Path.of("seeds"),
            Path.of("src/test/resources/fixtures"),
            Path.of("../shared/corpora"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    Map<String, Integer> byType = new TreeMap<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      byType.merge(sameAnswer(bytes, file.getFileName().toString()), 1, Integer::sum);
      for (String name : NAMES) {
        sameAnswer(bytes, name);
      }
    }
    assertThat(files).hasSizeGreaterThan(150);
    assertThat(byType)
        .containsKeys(
            "application/pdf",
            "application/msword",
            "application/rtf",
            "text/html",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void answersAsTikaDoesOnDamagedFiles() throws Exception {
    List<Path> seeds;
    try (Stream<Path> walk = Files.list(Path.of("seeds"))) {
      seeds =
          walk.filter(p -> p.toString().matches(".*\\.(docx|odt|doc|pdf|rtf)")).sorted().toList();
    }
    Mutator mutator = new Mutator(20261202);
    for (int caseNo = 0; caseNo < 2_000; caseNo++) {
      Path seed = seeds.get(caseNo % seeds.size());
      sameAnswer(
          mutator.mutate(Files.readAllBytes(seed), caseNo).bytes(), seed.getFileName().toString());
    }
  }

  private String sameAnswer(byte[] bytes, String name) throws IOException {
    String ours;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      ours = detection.detect(in, name);
    }
    Metadata metadata = new Metadata();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    String tikas;
    try (InputStream in = TikaInputStream.get(bytes)) {
      tikas = TikaDocuments.CONFIG.getDetector().detect(in, metadata).getBaseType().toString();
    }
    // The one answer that differs on purpose: Apple Mail's message file, which Tika takes for an
    // .eml when Mail padded its length line.
    String expected =
        AppleMail.isNamed(name) && AppleMail.beginsWithLength(bytes)
            ? SupportedTypes.APPLE_MAIL
            : tikas;
    assertThat(ours).as("type of %s (%d bytes)", name, bytes.length).isEqualTo(expected);
    return ours;
  }
}
