package dev.copydesk.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a word-processor file's own markup says about Tika's pieces: text a tracked change deleted,
 * reviewers' comments and hidden text are set aside (recorded as removed, not published), and how
 * many there were become the properties {@value #CHANGES}, {@value #COMMENTS} and {@value #HIDDEN},
 * each only when there is at least one. Normalisation raises {@code REVIEW_MARKUP} from them. One
 * reader per format: {@link WordParts} (docx), {@link DocReview} (doc), {@link OdtContent} (odt),
 * {@link RtfPrefilter} (rtf).
 */
interface ReviewMarkup {

  String CHANGES = "review:trackedChanges";
  String COMMENTS = "review:comments";
  String HIDDEN = "review:hiddenText";

  /** For formats without review markup (PDF). */
  ReviewMarkup NONE =
      new ReviewMarkup() {
        @Override
        public List<Piece> apply(List<Piece> pieces) {
          return pieces;
        }

        @Override
        public Map<String, List<String>> properties() {
          return Map.of();
        }
      };

  /** Tika's pieces, with what is not article text set aside. */
  List<Piece> apply(List<Piece> pieces);

  /** The counts, as properties. */
  Map<String, List<String>> properties();

  static Map<String, List<String>> counts(int changes, int comments, int hidden) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    if (changes > 0) {
      properties.put(CHANGES, List.of(Integer.toString(changes)));
    }
    if (comments > 0) {
      properties.put(COMMENTS, List.of(Integer.toString(comments)));
    }
    if (hidden > 0) {
      properties.put(HIDDEN, List.of(Integer.toString(hidden)));
    }
    return properties;
  }
}
