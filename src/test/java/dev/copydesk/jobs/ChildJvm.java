package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a separate JVM on this test run's classpath, for tests that need a second process. */
public final class ChildJvm {

  private ChildJvm() {}

  /** Runs {@code main} with {@code args}; stdout and stderr go to {@code output}. */
  public static Process start(Class<?> main, String maxHeap, Path output, List<String> args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }
}
