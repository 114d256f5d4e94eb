package dev.copydesk.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline: plain in-process Tika on every file of a folder, the way most importers call it
 * ({@code AutoDetectParser} into a {@code BodyContentHandler}). Prints the number of files and
 * characters so the work cannot be optimised away.
 */
public final class PlainTikaParse {

  private PlainTikaParse() {}

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    AutoDetectParser parser = new AutoDetectParser();
    long characters = 0;
    int failed = 0;
    for (Path file : files) {
      BodyContentHandler handler = new BodyContentHandler(-1);
      try (InputStream in = Files.newInputStream(file)) {
        parser.parse(in, handler, new Metadata(), new ParseContext());
        characters += handler.toString().length();
      } catch (Exception e) {
        failed++;
      }
    }
    System.out.printf("plain-tika files=%d failed=%d chars=%d%n", files.size(), failed, characters);
  }
}
