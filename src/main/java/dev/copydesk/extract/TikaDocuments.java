package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Office and PDF files through Tika's XHTML SAX output into {@link BlockHandler}. One parser for
 * all files (it is thread-safe and costly to build); a fresh {@link ParseContext} per file with the
 * limits: Tika's write limit (throwing when reached), the package nesting depth and compression
 * ratio Tika's secure handler enforces, and {@link SkipEmbedded}.
 */
final class TikaDocuments {

  /**
   * Tika's default set-up (parsers, detectors, MIME types), built once per JVM: building it loads
   * every parser through the service loader, which is most of a cold start.
   */
  static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();

  private final Limits limits;
  private final AutoDetectParser parser = new AutoDetectParser(CONFIG);

  TikaDocuments(Limits limits) {
    this.limits = limits;
    parser.setAutoDetectParserConfig(
        new AutoDetectParserConfig(
            null, // spool to disk: Tika's default
            null, // output threshold before the compression-ratio check: Tika's default
            (long) limits.maxCompressionRatio(),
            null, // XML element depth: Tika's default (100)
            limits.maxNestingDepth()));
  }

  Parsed parse(ParseStep.Input input, Format format, String mediaType)
      throws IOException, SAXException, TikaException {
    Path file = input.file();
    Metadata metadata = new Metadata();
    // The type was detected from the bytes already; Tika must not decide differently.
    metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
    WordPackage word =
        format == Format.WORD && !mediaType.equals(SupportedTypes.DOC)
            ? WordPackage.read(file)
            : WordPackage.none();
    WordParts parts = word.parts();
    BlockHandler blocks =
        format == Format.PDF
            ? new BlockHandler(BlockHandler.Mode.PDF)
            : new BlockHandler(BlockHandler.Mode.DOCUMENT, parts::setAside);
    ParseContext context = context();
    if (format == Format.WORD) {
      word(context, parts, word.numbering());
    }
    RtfPrefilter.Filtered rtf =
        format == Format.RTF ? RtfPrefilter.filter(Files.readAllBytes(file)) : null;
    parser.parse(
        rtf != null ? TikaInputStream.get(rtf.rtf()) : input.detected(),
        new WriteOutContentHandler(blocks, limits.maxTextChars(), true, context),
        metadata,
        context);
    ReviewMarkup review =
        switch (format) {
          case WORD -> mediaType.equals(SupportedTypes.DOC) ? DocReview.read(file) : parts;
          case OPEN_DOCUMENT -> OdtContent.read(file);
          case RTF -> rtf;
          default -> ReviewMarkup.NONE;
        };
    List<Piece> pieces = Tables.collapse(review.apply(blocks.pieces()));
    StyleRules.Styled styled =
        StyleRules.apply(pieces, format == Format.WORD || format == Format.RTF);
    Map<String, List<String>> properties = new LinkedHashMap<>(TikaProperties.select(metadata));
    properties.putAll(styled.properties());
    properties.putAll(review.properties());
    return new Parsed(styled.blocks(), properties);
  }

  /**
   * What a docx's own parts tell before Tika reads it, from one opening of the package: the styles
   * that hide text ({@link WordStyles}) and the list numbering ({@link WordNumbering}).
   */
  private record WordPackage(WordParts parts, WordNumbering numbering) {

    static WordPackage read(Path docx) throws IOException {
      try (ZipFile zip = new ZipFile(docx.toFile())) {
        WordStyles styles = WordStyles.read(zip);
        return new WordPackage(new WordParts(styles.hidden()), WordNumbering.read(zip, styles));
      }
    }

    /** A .doc, or not a Word file: nothing hidden by style, no numbering of ours. */
    static WordPackage none() {
      return new WordPackage(new WordParts(), WordNumbering.none());
    }
  }

  /**
   * Word files through Tika's SAX extractor: unlike its DOM one, it leaves out text that tracked
   * changes deleted or moved away (the DOM one published it, and reviewers' comments inside the
   * paragraph they were anchored to). {@link WordParts} marks headers, footers and comments; {@link
   * WordNumbering} numbers the lists.
   */
  private static void word(ParseContext context, WordParts parts, WordNumbering numbering)
      throws TikaException {
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    context.set(OfficeParserConfig.class, office);
    context.set(SAXParser.class, WordPartsParser.watching(parts, numbering));
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded(limits.maxEmbeddedDocuments()));
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractBookmarksText(false); // the outline repeats the headings after the text
    pdf.setExtractAnnotationText(false); // link targets and comments are not article text
    pdf.setExtractInlineImages(false);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }
}
