package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte search that tells whether a package part is worth parsing. */
class PackagePartsTest {

  @TempDir Path dir;

  @Test
  void findsAnyOfSeveralWordsInOneRead() throws IOException {
    String text = "x".repeat(8190) + "aaab</style:footer>" + "y".repeat(100);
    try (ZipFile zip = zip(text)) {
      ZipEntry part = zip.getEntry("styles.xml");
      assertThat(PackageParts.mentionsAny(zip, part, List.of("</style:header", "</style:footer")))
          .isTrue();
      assertThat(PackageParts.mentionsAny(zip, part, List.of("vanish", "aab"))).isTrue();
      assertThat(PackageParts.mentionsAny(zip, part, List.of("vanish", "numPr"))).isFalse();
      assertThat(PackageParts.mentions(zip, part, "aaab<")).isTrue();
      assertThat(PackageParts.mentions(zip, part, "aaaab")).isFalse();
    }
  }

  private ZipFile zip(String styles) throws IOException {
    Path file = dir.resolve("package.zip");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("styles.xml"));
      zip.write(styles.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return new ZipFile(file.toFile());
  }
}
