/**
 * The only code that sees Apache Tika: type detection, parsing to structured blocks, limits, and
 * the in-process and forked modes. Tika's types stop here; the rest of copydesk sees {@link
 * dev.copydesk.model.Extracted}.
 */
package dev.copydesk.extract;
