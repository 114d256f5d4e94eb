package dev.copydesk.extract;

/**
 * What a file is, judged by its first bytes only. The declared media type and the extension are
 * hints a sender controls, so they never decide which parser sees the bytes or which checks run.
 */
public enum FileKind {
  PDF(null),
  /** Any zip container: docx, xlsx, pptx, odt, epub or a plain zip. */
  ZIP(null),
  /** OLE2 compound file: legacy .doc, and password-protected OOXML (so Tika can say ENCRYPTED). */
  OLE2(null),
  RTF(null),
  /** No binary signature and no NUL bytes: txt, md, html, xml. */
  TEXT(null),
  OTHER_ARCHIVE("a compressed archive (gzip, bzip2, xz, 7z, rar or tar)"),
  BINARY("binary data (such as an image or a program), not a document");

  /** What the user is told the file is, for kinds copydesk refuses; null for the others. */
  private final String refusedAs;

  FileKind(String refusedAs) {
    this.refusedAs = refusedAs;
  }

  public boolean supported() {
    return refusedAs == null;
  }

  String refusedAs() {
    return refusedAs;
  }
}
