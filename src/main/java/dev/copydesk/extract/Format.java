package dev.copydesk.extract;

/**
 * How a supported file is read. The accepted media types map onto these (see {@link
 * SupportedTypes}); each format has its own block-building quirks.
 */
enum Format {
  /** Blank lines separate paragraphs; single newlines stay as written. */
  PLAIN_TEXT,
  /** Plain text plus {@code #} headings, {@code >} quotes and list items. */
  MARKDOWN,
  /** jsoup + Readability4J: every block of the page, main content marked. */
  HTML,
  /** MHTML, a saved web page in one MIME file: its HTML part, read as {@link #HTML}. */
  WEB_ARCHIVE,
  /** An e-mail ({@code .eml}): its subject and date, and its plain-text (else HTML) part. */
  EMAIL,
  /** An Outlook message ({@code .msg}): read as an {@link #EMAIL}, from its MAPI properties. */
  OUTLOOK_MESSAGE,
  /**
   * An Apple Mail message ({@code .emlx}): the {@link #EMAIL} inside it (see {@link AppleMail}).
   */
  APPLE_MAIL,
  /** docx and doc: Tika reports paragraph styles as {@code class} attributes. */
  WORD,
  /** odt: Tika drops paragraph styles, so they are read from {@code content.xml} beside it. */
  OPEN_DOCUMENT,
  /** rtf: no styles survive Tika's parser; structure is paragraphs and lists. */
  RTF,
  /** pdf: blocks carry their page; hyphenated line breaks are joined. */
  PDF,
  /** Wire copy in IPTC's XML, NITF or NewsML-G2 (see {@link NewsXml}). */
  NEWS_XML,
  /** Wire copy in IPTC's JSON, ninjs (see {@link NinjsStory}). */
  NINJS
}
