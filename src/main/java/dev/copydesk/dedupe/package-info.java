/**
 * Duplicate detection: repeats inside one article and matches against earlier entries (MinHash/LSH
 * and paragraph hashes). It flags; it deletes only under the {@code drop-exact} policy.
 */
package dev.copydesk.dedupe;
