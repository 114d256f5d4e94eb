package dev.copydesk.extract;

/**
 * What a file is, judged by its first bytes only. The declared media type and the extension are
 * hints a sender controls, so they never decide which parser sees the bytes or which checks run.
 */
public enum FileKind {
  PDF(true),
  /** Any zip container: docx, xlsx, pptx, odt, epub or a plain zip. */
  ZIP(true),
  /** OLE2 compound file: legacy .doc, and password-protected OOXML (so Tika can say ENCRYPTED). */
  OLE2(true),
  RTF(true),
  /** No binary signature and no NUL bytes: txt, md, html, xml. */
  TEXT(true),
  /** Compressed or archive formats copydesk does not open (gzip, bzip2, xz, 7z, rar, tar). */
  OTHER_ARCHIVE(false),
  /** Executables, images and any other binary data. */
  BINARY(false);

  private final boolean supported;

  FileKind(boolean supported) {
    this.supported = supported;
  }

  public boolean supported() {
    return supported;
  }
}
