package dev.copydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files named on the command line: files as given, folders walked recursively in a stable
 * (sorted) order, hidden files and folders skipped. A path that does not exist is kept, so the
 * batch reports it as unreadable instead of silently ignoring it.
 */
final class InputFiles {

  private InputFiles() {}

  static List<Path> collect(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(walk(path));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static List<Path> walk(Path folder) {
    try (Stream<Path> stream = Files.walk(folder)) {
      return stream
          .filter(Files::isRegularFile)
          .filter(path -> !isHidden(folder.relativize(path)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
