/**
 * The only code that sees Apache Tika: type detection, parsing to structured blocks, limits, and
 * the parse modes. Tika's types stop here; the rest of copydesk sees {@link
 * dev.copydesk.model.Extracted}.
 *
 * <p>Flow in {@link dev.copydesk.extract.TikaExtractor}: pre-checks ({@code FileCheck}: readable,
 * not empty, within {@code maxFileBytes}, SHA-256) → type from the bytes ({@code TypeDetection}) →
 * allow-list ({@code SupportedTypes}) → a {@code ParseStep} ({@code InProcessParse}) → blocks.
 * {@code ScreenedExtractor} puts the archive/magic-byte {@code PreScan} in front of it, and {@code
 * ForkedExtractor} runs it in child JVMs. Office and PDF files go through Tika's XHTML SAX events
 * into {@code BlockHandler}; web pages through jsoup, Readability4J and the same handler; text and
 * Markdown through small readers. Exceptions become codes in one table, {@code ExtractionErrors}.
 *
 * <p>Properties handed on, by source: Tika's {@code dc:title}, {@code dc:creator}, {@code
 * dcterms:created}, ... ({@code TikaProperties.KEYS}); Word/ODT paragraph styles {@code
 * style:title} and {@code style:subtitle}; web pages' {@code jsonld:headline}, {@code
 * jsonld:author}, {@code jsonld:datePublished}, {@code jsonld:description}, {@code og:title},
 * {@code og:description}, {@code article:published_time}, {@code meta:published}, {@code
 * article:author}, {@code meta:author}, {@code html:title}, {@code html:author}, {@code
 * html:byline}, {@code html:summary}; and {@code Content-Type} (with the charset for text formats).
 */
package dev.copydesk.extract;
