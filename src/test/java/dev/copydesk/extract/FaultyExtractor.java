package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import dev.copydesk.model.Source;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parser that misbehaves on cue, run inside forked children by tests only: it is on the test
 * classpath, which the children inherit, so production code carries no fault hook. Files named
 * {@code __hang__}, {@code __oom__}, {@code __exit__}, {@code __throw__} do what they say; {@code
 * __sax_factory__} becomes one paragraph naming the child's SAX parser factory property; {@code
 * __jvm_noise__} prints a line to the process's stdout past {@code System.out}, as the JVM's own
 * logging does, before its paragraph; a name starting {@code __pid__} becomes the child's process
 * id; any other file becomes one paragraph of its text.
 */
public final class FaultyExtractor implements Extractor {

  public FaultyExtractor(Limits limits) {
    // same constructor shape as TikaExtractor; limits are not needed here
  }

  @Override
  public Result<Extracted> extract(Path file, String fileName) {
    switch (fileName) {
      case "__hang__" -> {
        while (true) {
          Thread.onSpinWait();
        }
      }
      case "__oom__" -> {
        List<long[]> hog = new ArrayList<>();
        while (true) {
          hog.add(new long[1 << 20]);
        }
      }
      case "__exit__" -> System.exit(3);
      case "__throw__" -> throw new IllegalStateException("parser bug");
      case "__sax_factory__" -> {
        return paragraph(
            fileName, String.valueOf(System.getProperty(SaxFactoryLookup.PROPERTY)), 0);
      }
      case "__jvm_noise__" -> {
        try {
          FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
          stdout.write("[0.544s][info][jfr,startup] Started recording 1.\n".getBytes());
          stdout.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      default -> {
        if (fileName.startsWith("__pid__")) {
          return paragraph(fileName, String.valueOf(ProcessHandle.current().pid()), 0);
        }
      }
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      System.out.println("noise a library printed to stdout");
      return paragraph(fileName, text, Files.size(file));
    } catch (IOException e) {
      return Result.failed(ErrorCode.UNREADABLE_FILE, "The file could not be read.");
    }
  }

  private static Result<Extracted> paragraph(String fileName, String text, long bytes) {
    Source source = new Source(fileName, "text/plain", bytes, "");
    return Result.ok(
        new Extracted(
            source,
            List.of(RawBlock.of(BlockKind.PARAGRAPH, text)),
            Map.of("dc:title", List.of(fileName))));
  }
}
