package dev.copydesk.jobs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The companion folders of saved web pages. A browser's "Web page, complete" saves {@code
 * NAME.html} beside {@code NAME_files/}, which holds the page's scripts, style sheets, images and
 * embedded frames: dozens of files that are the page's furniture, not articles (as files of their
 * own they failed as unsupported types, and an ad frame's HTML became an entry). Google Docs' "Web
 * page (.html, zipped)" puts the page's pictures in {@code images/} beside it. A file under such a
 * folder (for {@code images/}, a picture) is skipped without a row once the page beside it is
 * known, like Finder and Explorer litter. Names are a job's relative names, {@code /}-separated.
 */
final class SavedPages {

  private static final String COMPANION = "_files";

  private static final String PICTURES = "images";

  private static final Set<String> PICTURE_TYPES =
      Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp");

  private final Set<String> pages = new HashSet<>();

  /** The folders that hold a page ("" for the top). */
  private final Set<String> pageFolders = new HashSet<>();

  /** Notes a name a job takes in; an HTML page makes its companion folder known. */
  void note(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      pages.add(name.substring(0, name.length() - ".html".length()));
    } else if (lower.endsWith(".htm")) {
      pages.add(name.substring(0, name.length() - ".htm".length()));
    } else {
      return;
    }
    pageFolders.add(name.substring(0, Math.max(0, name.lastIndexOf('/'))));
  }

  /** Whether {@code name} lies in the companion folder of a page noted so far. */
  boolean isFurniture(String name) {
    return inCompanionFolder(name) || isPagePicture(name);
  }

  /** A picture in {@code images/} beside a page (Google Docs' export). */
  private boolean isPagePicture(String name) {
    int slash = name.lastIndexOf('/');
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (slash < 0 || !PICTURE_TYPES.contains(extension)) {
      return false;
    }
    String folder = name.substring(0, slash);
    int parent = folder.lastIndexOf('/');
    return folder.substring(parent + 1).equals(PICTURES)
        && pageFolders.contains(parent < 0 ? "" : folder.substring(0, parent));
  }

  private boolean inCompanionFolder(String name) {
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
