package dev.copydesk.extract;

import java.io.EOFException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.exception.TikaException;

/**
 * Apple Mail's own message file ({@code .emlx}: what a Mac's mail folders hold, and what a folder
 * copied out of them brings): a line with the message's length in bytes, then the message as an
 * {@code .eml} holds it (with bare line feeds), then an XML property list of Mail's flags, which is
 * not read. A {@code .partial.emlx} keeps its attachments in files beside it; its attachment parts
 * are there, named but empty.
 */
final class AppleMail {

  /** The length line: digits padded with spaces (Mail writes ten characters), then a line feed. */
  static final int MAX_LENGTH_LINE = 24;

  private static final int MAX_DIGITS = 12;

  private AppleMail() {}

  /** Whether a file's name is an Apple Mail message's ({@code .emlx}, {@code .partial.emlx}). */
  static boolean isNamed(String fileName) {
    return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".emlx");
  }

  /**
   * Whether a file begins with the length line. Tika's magic for the type expects the line feed
   * within the first nine bytes, so a length Mail has padded to ten characters is taken for a plain
   * {@code .eml}, with the length line and the property list in its text.
   */
  static boolean beginsWithLength(byte[] head) {
    return messageStart(head) > 0;
  }

  /** The message inside an {@code .emlx} file's bytes. */
  static byte[] message(byte[] file) throws TikaException, EOFException {
    int start = messageStart(file);
    if (start < 0) {
      throw new TikaException(
          "An Apple Mail message (.emlx) begins with its length in bytes; this file does not.");
    }
    long length = 0;
    for (int i = 0; i < start && isDigit(file[i]); i++) {
      length = length * 10 + (file[i] - '0');
    }
    if (length > file.length - start) {
      throw new EOFException(
          "The Apple Mail message is shorter than the " + length + " bytes its first line gives.");
    }
    return Arrays.copyOfRange(file, start, start + (int) length);
  }

  /** Where the message begins, after the length line; -1 when the bytes do not begin with one. */
  private static int messageStart(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && end < MAX_DIGITS && isDigit(bytes[end])) {
      end++;
    }
    if (end == 0) {
      return -1;
    }
    while (end < bytes.length
        && end < MAX_LENGTH_LINE
        && (bytes[end] == ' ' || bytes[end] == '\r')) {
      end++;
    }
    return end < bytes.length && bytes[end] == '\n' ? end + 1 : -1;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
