package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The main class of a forked parser JVM: reads {@link ChildProtocol} requests on stdin, answers on
 * stdout. Parsers and libraries that print to {@code System.out} are sent to stderr so they cannot
 * corrupt the protocol. The parent kills this JVM on timeout; the JVM exits by itself on
 * OutOfMemoryError ({@code -XX:+ExitOnOutOfMemoryError}), at the end of stdin, and when the parent
 * process is gone even if a parse is stuck.
 */
public final class ParserChild {

  private ParserChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    SaxFactoryLookup.rememberInThisJvm();
    watchParent();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String hello = in.readLine();
    if (hello == null) {
      return;
    }
    ChildProtocol.Hello greeting = ChildProtocol.read(hello, ChildProtocol.Hello.class);
    Extractor extractor = create(greeting);
    if (greeting.warmUpFolder() != null) {
      warmUp(extractor, Path.of(greeting.warmUpFolder()));
    }
    protocol.println(ChildProtocol.READY);
    String line;
    while ((line = in.readLine()) != null) {
      ChildProtocol.Request request = ChildProtocol.read(line, ChildProtocol.Request.class);
      protocol.println(ChildProtocol.write(ChildProtocol.Reply.of(extract(extractor, request))));
    }
  }

  /**
   * A warm-up that fails (a temp dir not writable) leaves a cold but working parser. Removes its
   * folder when done: a parent that exits without stopping its children (a test JVM, a server
   * killed) would leave it behind.
   */
  private static void warmUp(Extractor extractor, Path folder) {
    try {
      WarmUp.run(extractor, folder);
    } catch (RuntimeException e) {
      System.err.println("copydesk parser: warm-up skipped: " + e.getMessage());
    }
    try {
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      System.err.println("copydesk parser: could not remove " + folder + ": " + e.getMessage());
    }
  }

  private static Result<Extracted> extract(Extractor extractor, ChildProtocol.Request request) {
    try {
      return extractor.extract(Path.of(request.file()), request.fileName());
    } catch (RuntimeException | StackOverflowError e) {
      // an extractor must not throw; if one does, the file fails, not the worker
      return Result.failed(ErrorCode.PARSE_FAILED, "The parser could not read the file.");
    }
  }

  private static Extractor create(ChildProtocol.Hello hello) throws ReflectiveOperationException {
    return Class.forName(hello.extractorClass())
        .asSubclass(Extractor.class)
        .getConstructor(Limits.class)
        .newInstance(hello.limits());
  }

  private static void watchParent() {
    Thread watchdog =
        new Thread(
            () -> {
              ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
              while (parent != null && parent.isAlive()) {
                try {
                  TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                  return;
                }
              }
              Runtime.getRuntime().halt(1);
            },
            "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
