package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/**
 * {@link MagicDetection} must answer exactly as Tika's {@link MimeTypes#detect}: on every real file
 * we have, on damaged copies, on random bytes, and on headers built from each of Tika's own magic
 * clauses (so every type's magic matches somewhere, at the edges of its offset range, in files that
 * end right after it or before it), each under names that take every branch of the name hint.
 */
class MagicDetectionTest {

  private static final MimeTypes TYPES = TikaDocuments.CONFIG.getMimeRepository();
  private static final MagicDetection DETECTION = new MagicDetection(TYPES);
  private static final String[] NAMES = {
    null,
    "story.txt",
    "story.md",
    "story.html",
    "story.xml",
    "story.docx",
    "story.pdf",
    "a story.pdf",
    "folder/",
    "http://example.com/page.php",
    "https://example.com/a/feed.rss",
    "no-extension"
  };

  private final Set<MediaType> answers = new HashSet<>();

  @Test
  void tikasMimeTypesIsTheDetectorTypeDetectionReplaces() {
    assertThat(((CompositeDetector) TikaDocuments.CONFIG.getDetector()).getDetectors())
        .containsOnlyOnce(TYPES);
  }

  @Test
  void theTableIsTikasWhole() {
    List<MagicTable.Magic> magics = MagicTable.of(TYPES).magics();
    assertThat(magics).hasSizeGreaterThan(400);
    assertThat(magics.stream().filter(m -> contains(m.clause(), MagicClause.Regex.class)))
        .hasSizeGreaterThan(20);
    assertThat(magics.stream().filter(m -> hasMinShouldMatch(m.clause()))).isNotEmpty();
    assertThat(magics).extracting(MagicTable.Magic::priority).isSortedAccordingTo((a, b) -> b - a);
  }

  /** Each kind of leaf against Tika's own {@link MagicDetector}, on short files and their ends. */
  @Test
  void eachLeafAnswersAsTikasMagicDetector() throws IOException {
    byte[] alphabet = {0, 'a', 'A', 'b', (byte) 0xC9, (byte) 0xE9};
    String[] regexes = {
      "a+",
      "^b",
      "A\\x00",
      "(?s).{8192}",
      "(?s).*a$",
      "b\\z",
      "[ab]{2}",
      "(?:\\x00{1,3}|A)b",
      "(?i)[\\r\\n]?\u00e9a",
      "(?<=a)b",
      "\\bA",
      "(a)\\1",
      "(?=b)[a-b]"
    };
    Random random = new Random(20261203);
    for (int caseNo = 0; caseNo < 20_000; caseNo++) {
      int begin = random.nextInt(4);
      int end = begin + random.nextInt(4);
      boolean regex = caseNo % 5 == 0;
      boolean ignoreCase = random.nextBoolean();
      byte[] pattern =
          regex
              ? regexes[random.nextInt(regexes.length)].getBytes(StandardCharsets.UTF_8)
              : pick(alphabet, 1 + random.nextInt(3), random);
      byte[] mask = regex || random.nextBoolean() ? null : pick(new byte[] {-1, -33, 0}, 2, random);
      MagicDetector tikas =
          new MagicDetector(MediaType.text("x"), pattern, mask, regex, ignoreCase, begin, end);
      byte[] data = pick(alphabet, random.nextInt(12), random);
      boolean tikaMatches;
      try (InputStream in = TikaInputStream.get(data)) {
        tikaMatches = !tikas.detect(in, new Metadata()).equals(MediaType.OCTET_STREAM);
      }
      MagicClause.Header header = new MagicClause.Header(data, 8192 + end);
      assertThat(MagicTable.leaf(tikas).matches(header))
          .as("%s on %s", tikas, Arrays.toString(data))
          .isEqualTo(tikaMatches);
    }
  }

  @Test
  void answersAsTikaOnRealFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root :
        List.of("seeds", "src/test/resources", "../shared/corpora", "../shared/samples")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      sameAnswer(bytes, file.getFileName().toString());
      sameAnswers(bytes);
    }
    assertThat(files).hasSizeGreaterThan(300);
    assertThat(answers)
        .contains(
            MediaType.application("pdf"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"),
            MediaType.text("plain"),
            MediaType.application("zip"),
            MediaType.application("x-tika-msoffice"));
  }

  @Test
  void answersAsTikaOnDamagedFiles() throws IOException {
    List<Path> seeds;
    try (Stream<Path> walk = Files.list(Path.of("seeds"))) {
      seeds = walk.sorted().toList();
    }
    Mutator mutator = new Mutator(20261202);
    for (int caseNo = 0; caseNo < 1_500; caseNo++) {
      Path seed = seeds.get(caseNo % seeds.size());
      byte[] damaged = mutator.mutate(Files.readAllBytes(seed), caseNo).bytes();
      sameAnswer(damaged, seed.getFileName().toString());
      sameAnswer(damaged, null);
    }
  }

  @Test
  void answersAsTikaOnHeadersMadeFromEachMagic() throws IOException {
    Random random = new Random(20261202);
    for (MagicTable.Magic magic : MagicTable.of(TYPES).magics()) {
      List<MagicClause.Bytes> leaves = new ArrayList<>();
      collect(magic.clause(), leaves);
      for (int variant = 0; variant < 6; variant++) {
        byte[] all = filler(random, leaves);
        for (MagicClause.Bytes leaf : leaves) {
          byte[] one = filler(random, List.of(leaf));
          write(leaf, one, random, variant);
          sameAnswer(one, NAMES[random.nextInt(NAMES.length)]);
          write(leaf, all, random, variant);
        }
        sameAnswer(all, null);
        sameAnswer(all, NAMES[random.nextInt(NAMES.length)]);
        int cut = leaves.isEmpty() ? 0 : reach(leaves.get(leaves.size() - 1)) - variant;
        sameAnswer(Arrays.copyOf(all, Math.max(0, Math.min(all.length, cut))), null);
      }
    }
    assertThat(answers).hasSizeGreaterThan(300);
  }

  @Test
  void answersAsTikaOnMarkupAndRandomBytes() throws IOException {
    List<String> texts =
        List.of(
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>",
            "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</body></html>",
            "<?xml version=\"1.0\"?><html><body><p>not closed</body>",
            "<?xml version=\"1.0\"?><root><unclosed></root>",
            "  <HTML><BODY>upper case</BODY></HTML>",
            "#!/bin/sh\necho hi\n",
            "<?php echo 1; ?>",
            "{\"title\": \"json\"}",
            "%PDF-1.7\n",
            "From: a@example.com\nSubject: hi\n\nbody\n",
            "{\\rtf1\\ansi hello}",
            "");
    for (String text : texts) {
      sameAnswers(text.getBytes(StandardCharsets.UTF_8));
      sameAnswers(text.getBytes(StandardCharsets.UTF_16LE));
    }
    Random random = new Random(7);
    for (int caseNo = 0; caseNo < 2_000; caseNo++) {
      byte[] bytes = new byte[random.nextInt(caseNo % 10 == 0 ? 70_000 : 300)];
      random.nextBytes(bytes);
      sameAnswer(bytes, NAMES[caseNo % NAMES.length]);
    }
  }

  private void sameAnswers(byte[] bytes) throws IOException {
    for (String name : NAMES) {
      sameAnswer(bytes, name);
    }
  }

  private void sameAnswer(byte[] bytes, String name) throws IOException {
    MediaType ours;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      ours = DETECTION.detect(in, name);
      assertThat(in.read()).isEqualTo(bytes.length == 0 ? -1 : bytes[0] & 0xff);
    }
    Metadata metadata = new Metadata();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    MediaType tikas;
    try (InputStream in = TikaInputStream.get(bytes)) {
      tikas = TYPES.detect(in, metadata);
    }
    assertThat(ours)
        .as("type of %d bytes named %s starting %s", bytes.length, name, start(bytes))
        .isEqualTo(tikas);
    answers.add(ours);
  }

  private static byte[] pick(byte[] alphabet, int length, Random random) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return bytes;
  }

  private static byte[] filler(Random random, List<MagicClause.Bytes> leaves) {
    int size = leaves.stream().mapToInt(MagicDetectionTest::reach).max().orElse(0);
    byte[] bytes = new byte[size + random.nextInt(64)];
    if (random.nextBoolean()) {
      Arrays.fill(bytes, (byte) ' ');
    }
    return bytes;
  }

  /**
   * The leaf's pattern at one of its offsets (the first, the last, or between); free bits random.
   */
  private static void write(MagicClause.Bytes leaf, byte[] bytes, Random random, int variant) {
    int start =
        switch (variant % 3) {
          case 0 -> leaf.begin();
          case 1 -> leaf.end();
          default -> leaf.begin() + random.nextInt(leaf.end() - leaf.begin() + 1);
        };
    for (int j = 0; j < leaf.pattern().length && start + j < bytes.length; j++) {
      int free = ~leaf.mask()[j] & random.nextInt(256);
      bytes[start + j] = (byte) (leaf.pattern()[j] | free);
      if (leaf.ignoreCase() && variant > 2) {
        bytes[start + j] = (byte) Character.toUpperCase(bytes[start + j] & 0xff);
      }
    }
  }

  private static int reach(MagicClause.Bytes leaf) {
    return leaf.end() + leaf.pattern().length;
  }

  private static void collect(MagicClause clause, List<MagicClause.Bytes> leaves) {
    if (clause instanceof MagicClause.Bytes bytes) {
      leaves.add(bytes);
    }
    children(clause).forEach(child -> collect(child, leaves));
  }

  private static boolean contains(MagicClause clause, Class<?> kind) {
    return kind.isInstance(clause) || children(clause).stream().anyMatch(c -> contains(c, kind));
  }

  private static List<MagicClause> children(MagicClause clause) {
    return clause instanceof MagicClause.AtLeast atLeast ? atLeast.clauses() : List.of();
  }

  /** Holds a {@code minShouldMatch} clause: neither "all of" nor "any of" its clauses. */
  private static boolean hasMinShouldMatch(MagicClause clause) {
    return clause instanceof MagicClause.AtLeast a && a.min() > 1 && a.min() < a.clauses().size()
        || children(clause).stream().anyMatch(MagicDetectionTest::hasMinShouldMatch);
  }

  private static String start(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 40), StandardCharsets.ISO_8859_1);
  }
}
