package dev.copydesk.publish;

import java.nio.file.Path;

/** A process that opens the database in {@code args[0]}, says so, and waits to be killed. */
final class SqliteLibraryChild {

  private SqliteLibraryChild() {}

  public static void main(String[] args) throws InterruptedException {
    try (Database database = Database.open(Path.of(args[0]))) {
      System.out.println("open");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
