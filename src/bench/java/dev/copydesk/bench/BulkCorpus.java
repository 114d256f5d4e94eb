package dev.copydesk.bench;

import dev.copydesk.bench.ArticleFiles.Article;
import dev.copydesk.bench.ArticleFiles.Format;
import dev.copydesk.dedupe.DuplicateCorpusGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bulk benchmark's files: mostly distinct synthetic articles (so the duplicate index does the
 * work it does on a real archive), some planted duplicates, and copies of {@code seeds/} (which
 * bring the formats not generated here: doc, rtf, and the team's real docx/pdf/odt). Built once per
 * size under {@code target/bench/bulk/}, then reused; then packed into zips of one batch each, the
 * way a producer hands over an archive export.
 *
 * <p>The mix, by position {@code i}: every 50th file a seed copy (2 %); every 25th (from the 13th)
 * an earlier article again in another format (4 %, a cross-document duplicate); the rest a new
 * article in the format {@link #FORMATS}{@code [i % 20]}: txt 35 %, html 20 %, md 15 %, docx, pdf
 * and odt 10 % each.
 */
final class BulkCorpus {

  private static final Format[] FORMATS = {
    Format.TXT, Format.HTML, Format.MD, Format.TXT, Format.DOCX, Format.TXT, Format.HTML,
    Format.PDF, Format.MD, Format.TXT, Format.ODT, Format.HTML, Format.TXT, Format.DOCX,
    Format.MD, Format.TXT, Format.PDF, Format.HTML, Format.ODT, Format.TXT,
  };
  private static final String COMPLETE = ".complete";

  private final DuplicateCorpusGenerator text = new DuplicateCorpusGenerator(11);

  /** What the folder holds, for the printout. */
  record Mix(int files, Map<String, Integer> byExtension, int formatCopies, int seedCopies) {}

  /** The folder of {@code count} files, generated unless a complete one is already there. */
  static Path files(int count, Path root) throws IOException {
    return files(root.resolve("files-" + count), count, 0);
  }

  /**
   * Files for warming a server up before the clock starts: the same mix of formats and copies, seed
   * copies included (the only doc and rtf files, and the only real-world ones: without them the
   * timed part loaded their parsers and broke compiled code's assumptions), but other generated
   * articles (numbered from {@link #WARM_UP_ARTICLES}), so only the measured seed copies are
   * duplicates of warm-up files, as all but the first of each already are of each other.
   */
  static Path warmUpFiles(int count, Path root) throws IOException {
    return files(root.resolve("warm-up-with-seeds-" + count), count, WARM_UP_ARTICLES);
  }

  private static final int WARM_UP_ARTICLES = 1_000_000;

  private static Path files(Path folder, int count, int firstArticle) throws IOException {
    if (!Files.exists(folder.resolve(COMPLETE))) {
      new BulkCorpus().generate(count, folder, firstArticle);
    }
    return folder;
  }

  private void generate(int count, Path folder, int firstArticle) throws IOException {
    Files.createDirectories(folder);
    List<Path> seeds = seeds();
    for (int i = 0; i < count; i++) {
      int n = firstArticle + i;
      if (i % 50 == 49) {
        Path seed = seeds.get((i / 50) % seeds.size());
        Files.copy(
            seed,
            folder.resolve(String.format("%05d-%s", i, seed.getFileName())),
            StandardCopyOption.REPLACE_EXISTING);
      } else if (i % 25 == 12) {
        int earlier = n - 7; // an article written a few files before, now in the next format
        Format format = FORMATS[(earlier + 1) % FORMATS.length];
        write(earlier, format, folder.resolve(name(i, earlier, format)));
      } else {
        Format format = FORMATS[i % FORMATS.length];
        write(n, format, folder.resolve(name(i, n, format)));
      }
    }
    Files.writeString(folder.resolve(COMPLETE), count + "\n");
  }

  private static String name(int position, int article, Format format) {
    return String.format("%05d-article-%05d.%s", position, article % 100_000, format.extension());
  }

  private void write(int article, Format format, Path file) throws IOException {
    ArticleFiles.write(article(article), format, file);
  }

  /** Article n, the same every time: its text follows from n alone. */
  private Article article(int n) {
    Random random = new Random(0xB01C_0000L + n);
    String[] words = text.sentence(random).replaceAll("[.?,\"]", "").split(" ");
    String title = String.join(" ", List.of(words).subList(0, Math.min(9, words.length)));
    String byline = "By " + capitalised(text.word(random)) + " " + capitalised(text.word(random));
    List<String> paragraphs = new ArrayList<>();
    for (int p = 4 + random.nextInt(9); p > 0; p--) {
      paragraphs.add(text.paragraph(random));
    }
    return new Article(capitalised(title), byline, paragraphs);
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> list = Files.list(Path.of("seeds"))) {
      return list.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  /** The files of a folder, sorted (hidden files excluded). */
  static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  static Mix mix(List<Path> files) {
    Map<String, Integer> byExtension = new java.util.TreeMap<>();
    int formatCopies = 0;
    int seedCopies = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      byExtension.merge(name.substring(name.lastIndexOf('.') + 1), 1, Integer::sum);
      if (!name.contains("-article-")) {
        seedCopies++;
      } else if (!name.substring(0, 5).equals(name.substring(14, 19))) {
        formatCopies++;
      }
    }
    return new Mix(files.size(), byExtension, formatCopies, seedCopies);
  }

  /** Zips of {@code batch} files each (deflated, flat), written next to the files folder. */
  static List<Path> zips(Path folder, List<Path> files, int batch) throws IOException {
    Path zips = folder.resolveSibling(folder.getFileName() + "-zips-" + batch);
    Files.createDirectories(zips);
    List<Path> written = new ArrayList<>();
    for (int from = 0, n = 0; from < files.size(); from += batch, n++) {
      Path zip = zips.resolve(String.format("batch-%03d.zip", n));
      written.add(zip);
      if (Files.exists(zip)) {
        continue;
      }
      Path partial = zips.resolve(zip.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(partial);
          ZipOutputStream archive = new ZipOutputStream(out)) {
        for (Path file : files.subList(from, Math.min(files.size(), from + batch))) {
          archive.putNextEntry(new ZipEntry(file.getFileName().toString()));
          Files.copy(file, archive);
          archive.closeEntry();
        }
      }
      Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
    }
    return written;
  }
}
