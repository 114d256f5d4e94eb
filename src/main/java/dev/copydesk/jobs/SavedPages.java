package dev.copydesk.jobs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The companion folders of saved web pages. A browser's "Web page, complete" saves {@code
 * NAME.html} beside {@code NAME_files/}, which holds the page's scripts, style sheets, images and
 * embedded frames: dozens of files that are the page's furniture, not articles (as files of their
 * own they failed as unsupported types, and an ad frame's HTML became an entry). A file under such
 * a folder is skipped without a row once the page beside it is known, like Finder and Explorer
 * litter. Names are a job's relative names, {@code /}-separated.
 */
final class SavedPages {

  private static final String COMPANION = "_files";

  private final Set<String> pages = new HashSet<>();

  /** Notes a name a job takes in; an HTML page makes its companion folder known. */
  void note(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      pages.add(name.substring(0, name.length() - ".html".length()));
    } else if (lower.endsWith(".htm")) {
      pages.add(name.substring(0, name.length() - ".htm".length()));
    }
  }

  /** Whether {@code name} lies in the companion folder of a page noted so far. */
  boolean isFurniture(String name) {
    for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
      String folder = name.substring(0, slash);
      if (folder.endsWith(COMPANION)
          && pages.contains(folder.substring(0, folder.length() - COMPANION.length()))) {
        return true;
      }
    }
    return false;
  }
}
