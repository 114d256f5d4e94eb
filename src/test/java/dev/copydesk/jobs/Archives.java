package dev.copydesk.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Real zip and tar.gz archives built in memory, including the hostile entries real tools refuse.
 */
final class Archives {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipArchiveOutputStream zip;

  private Archives() {
    zip = new ZipArchiveOutputStream(bytes);
  }

  static Archives zip() {
    return new Archives();
  }

  /**
   * A zip whose names are written in {@code charset} without the UTF-8 flag or a Unicode extra
   * field, as the zipper built into Windows (DOS code page) and macOS's Archive Utility (UTF-8)
   * write them.
   */
  static Archives zipWithUnflaggedNames(String charset) {
    Archives archives = new Archives();
    archives.zip.setEncoding(charset);
    archives.zip.setUseLanguageEncodingFlag(false);
    archives.zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
    return archives;
  }

  Archives file(String name, String text) {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  Archives file(String name, byte[] content) {
    try {
      zip.putArchiveEntry(new ZipArchiveEntry(name));
      zip.write(content);
      zip.closeArchiveEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A symbolic link entry, as {@code zip -y} writes it: unix mode 0120777, target as content. */
  Archives symlink(String name, String target) {
    try {
      ZipArchiveEntry entry = new ZipArchiveEntry(name);
      entry.setUnixMode(0120777);
      zip.putArchiveEntry(entry);
      zip.write(target.getBytes(StandardCharsets.UTF_8));
      zip.closeArchiveEntry();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The zip's bytes with every entry marked encrypted (general purpose bit 0, in local and central
   * headers), as password-protected zips are: no Java writer makes them, so the flag is patched.
   */
  static byte[] markEncrypted(byte[] zip) {
    byte[] out = zip.clone();
    for (int i = 0; i + 10 < out.length; i++) {
      int signature =
          (out[i] & 0xff)
              | (out[i + 1] & 0xff) << 8
              | (out[i + 2] & 0xff) << 16
              | (out[i + 3] & 0xff) << 24;
      if (signature == 0x04034b50) {
        out[i + 6] |= 1;
      } else if (signature == 0x02014b50) {
        out[i + 8] |= 1;
      }
    }
    return out;
  }

  /**
   * The zip's bytes with every entry's compression method set to {@code method} (local and central
   * headers), e.g. 93 = zstd, which commons-compress can only open with a codec library.
   */
  static byte[] withMethod(byte[] zip, int method) {
    byte[] out = zip.clone();
    for (int i = 0; i + 12 < out.length; i++) {
      int signature =
          (out[i] & 0xff)
              | (out[i + 1] & 0xff) << 8
              | (out[i + 2] & 0xff) << 16
              | (out[i + 3] & 0xff) << 24;
      int at = signature == 0x04034b50 ? i + 8 : signature == 0x02014b50 ? i + 10 : -1;
      if (at > 0) {
        out[at] = (byte) method;
        out[at + 1] = (byte) (method >> 8);
      }
    }
    return out;
  }

  byte[] bytes() {
    try {
      zip.finish();
      zip.close();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tar.gz with a regular file, a symlink, a hard link, a climbing path and an absolute one. */
  static byte[] hostileTarGz(String goodName, String goodText) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      putTar(tar, goodName, goodText);
      putTar(tar, "../../evil-tar.txt", "evil");
      putTar(tar, "/tmp/evil-abs-tar.txt", "evil");
      TarArchiveEntry link = new TarArchiveEntry("link-to-passwd", TarArchiveEntry.LF_SYMLINK);
      link.setLinkName("/etc/passwd");
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
      TarArchiveEntry hard = new TarArchiveEntry("hard-link", TarArchiveEntry.LF_LINK);
      hard.setLinkName("../../outside");
      tar.putArchiveEntry(hard);
      tar.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  /** A tar.gz with a regular file, a named pipe and a character device (as {@code tar} of /dev). */
  static byte[] tarGzWithSpecialFiles(String goodName, String goodText) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      putTar(tar, goodName, goodText);
      tar.putArchiveEntry(new TarArchiveEntry("pipe", TarArchiveEntry.LF_FIFO));
      tar.closeArchiveEntry();
      TarArchiveEntry device = new TarArchiveEntry("null", TarArchiveEntry.LF_CHR);
      device.setDevMajor(1);
      device.setDevMinor(3);
      tar.putArchiveEntry(device);
      tar.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  private static void putTar(TarArchiveOutputStream tar, String name, String text)
      throws IOException {
    byte[] content = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name, true);
    entry.setSize(content.length);
    tar.putArchiveEntry(entry);
    tar.write(content);
    tar.closeArchiveEntry();
  }
}
