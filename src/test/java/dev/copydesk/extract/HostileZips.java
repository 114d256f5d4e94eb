package dev.copydesk.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Builds hostile zip containers at test time, deterministically, so no bomb is ever checked in.
 * Huge entries are written as one full-flush deflate block repeated: the dictionary resets at each
 * flush, so the repeated bytes form a valid deflate stream and a gigabyte costs ~1 MB and no
 * compression time.
 */
final class HostileZips {

  private static final int CHUNK = 1024 * 1024;

  private HostileZips() {}

  /** A minimal valid docx whose body is the given paragraphs. */
  static byte[] docx(String... paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      docxFrame(zip);
      put(zip, "word/document.xml", (DOC_HEAD + body + DOC_TAIL).getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** A docx whose word/document.xml inflates to {@code inflated} bytes of repeated XML. */
  static void docxBomb(Path target, long inflated) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
      docxFrame(zip);
      putRepeated(zip, "word/document.xml", "<w:p/>", inflated);
    }
  }

  /** 42.zip style: {@code fanout} copies of the level below, {@code levels} deep, 1 GiB leaves. */
  static void nestedBomb(Path target, int levels, int fanout) throws IOException {
    ByteArrayOutputStream leaf = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(leaf)) {
      putRepeated(zip, "0.txt", "\0", 1024L * CHUNK);
    }
    byte[] level = leaf.toByteArray();
    for (int depth = 1; depth < levels; depth++) {
      ByteArrayOutputStream next = new ByteArrayOutputStream();
      try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(next)) {
        for (int i = 0; i < fanout; i++) {
          put(zip, "level" + depth + "-" + i + ".zip", level);
        }
      }
      level = next.toByteArray();
    }
    Files.write(target, level);
  }

  /** Zips inside zips, {@code levels} deep, each holding a small text file. */
  static void nested(Path target, int levels) throws IOException {
    byte[] level = zipOf("inner.txt", "Deepest text.".getBytes(StandardCharsets.UTF_8));
    for (int depth = 1; depth < levels; depth++) {
      level = zipOf("level" + depth + ".zip", level);
    }
    Files.write(target, level);
  }

  static void manyEmptyEntries(Path target, int count) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
      for (int i = 0; i < count; i++) {
        put(zip, "e" + i, new byte[0]);
      }
    }
  }

  /** Entries named to escape a folder on extraction. */
  static void slip(Path target) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
      byte[] text = "x".getBytes(StandardCharsets.UTF_8);
      put(zip, "ok/story.txt", text);
      put(zip, "../../evil.txt", text);
      put(zip, "/etc/evil.txt", text);
      put(zip, "C:\\evil.txt", text);
    }
  }

  static byte[] zipOf(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      put(zip, name, content);
    }
    return bytes.toByteArray();
  }

  private static void docxFrame(ZipArchiveOutputStream zip) throws IOException {
    put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
    put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(ZipArchiveOutputStream zip, String name, byte[] content)
      throws IOException {
    zip.putArchiveEntry(new ZipArchiveEntry(name));
    zip.write(content);
    zip.closeArchiveEntry();
  }

  private static void putRepeated(
      ZipArchiveOutputStream zip, String name, String pattern, long inflated) throws IOException {
    byte[] unit = pattern.getBytes(StandardCharsets.UTF_8);
    byte[] chunk = new byte[CHUNK];
    for (int i = 0; i < CHUNK; i++) {
      chunk[i] = unit[i % unit.length];
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(chunk);
    byte[] out = new byte[CHUNK];
    int length = deflater.deflate(out, 0, out.length, Deflater.FULL_FLUSH);
    deflater.end();
    byte[] block = Arrays.copyOf(out, length);
    long chunks = inflated / CHUNK;
    CRC32 crc = new CRC32();
    for (long i = 0; i < chunks; i++) {
      crc.update(chunk);
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (long i = 0; i < chunks; i++) {
      raw.write(block);
    }
    raw.write(new byte[] {3, 0}); // final, empty fixed-Huffman block
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    entry.setSize(chunks * CHUNK);
    entry.setCompressedSize(raw.size());
    entry.setCrc(crc.getValue());
    zip.addRawArchiveEntry(entry, new ByteArrayInputStream(raw.toByteArray()));
  }

  private static final String CONTENT_TYPES =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>""";

  private static final String RELS =
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
      </Relationships>""";

  private static final String DOC_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body>";

  private static final String DOC_TAIL = "</w:body></w:document>";
}
