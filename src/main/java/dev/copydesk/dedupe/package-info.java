/**
 * Duplicate detection: repeats inside one article ({@link dev.copydesk.dedupe.SectionDuplicates})
 * and matches against earlier entries ({@link dev.copydesk.dedupe.DuplicateIndex}: in memory for a
 * CLI batch, SQLite for the server). It flags; it deletes only under the {@code drop-exact} policy.
 *
 * <p>Everything is judged on folded words ({@code TextFold}), never bytes: the same article from
 * docx, pdf and html compares equal. Across articles: word 5-shingles, 128-permutation b-bit
 * MinHash, LSH 42 bands × 3 rows plus whole-paragraph postings for candidates, then the rules in
 * {@code CrossMatcher} (same article, revision, shared passage). The thresholds are TEXT.md's; the
 * quality test ({@code DuplicateIndexQualityTest}) measures recall and false positives on a planted
 * corpus for both indexes.
 */
package dev.copydesk.dedupe;
