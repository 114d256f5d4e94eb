package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders of small distinct text articles for job tests. */
final class Articles {

  private Articles() {}

  /** {@code count} articles {@code a-000.txt}… in {@code parent/articles}, each with its title. */
  static Path folder(Path parent, int count) throws IOException {
    Path folder = Files.createDirectories(parent.resolve("articles"));
    for (int i = 0; i < count; i++) {
      Files.writeString(
          folder.resolve("a-%03d.txt".formatted(i)), "Title " + i + "\n\nBody of article " + i);
    }
    return folder;
  }
}
