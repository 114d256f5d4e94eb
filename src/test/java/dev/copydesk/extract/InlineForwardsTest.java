package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineForwardsTest {

  private static final String RELEASE =
      "PELLHAM, April 7, 2025 — The Pellham Port Authority has suspended dredging.\n\n"
          + "Work in the outer channel is expected to resume in May.";

  @Test
  void aGmailForwardSplitsIntoNoteHeaderAndTheForwardedText() {
    String text =
        "Sam, can you turn this into a brief for tomorrow? Thanks\n\n"
            + "---------- Forwarded message ---------\n"
            + "From: Pellham Port Authority <press@pellhamport.example>\n"
            + "Date: Mon, Apr 7, 2025 at 4:42 PM\n"
            + "Subject: Port halts north shore dredging\n"
            + "To: <news@riversidecourier.example>\n\n\n"
            + RELEASE
            + "\n";

    InlineForwards.Split split = InlineForwards.split(text, false).orElseThrow();

    assertThat(split.note()).isEqualTo("Sam, can you turn this into a brief for tomorrow? Thanks");
    assertThat(split.header())
        .startsWith("---------- Forwarded message ---------\nFrom: Pellham Port Authority")
        .endsWith("To: <news@riversidecourier.example>");
    assertThat(split.forwarded()).isEqualTo(RELEASE);
  }

  @Test
  void anOutlookOrAppleForwardWithoutANoteSplitsToo() {
    String outlook =
        "-----Original Message-----\r\nFrom: Press Office <press@example.org>\r\n"
            + "Sent: Monday, April 7, 2025 4:42 PM\r\nTo: Newsdesk\r\nSubject: Port halts\r\n\r\n"
            + RELEASE;
    String apple =
        "Begin forwarded message:\n\n> From: Press Office <press@example.org>\n"
            + "> Subject: Port halts\n> Date: April 7, 2025 at 16:42:10 EDT\n\n"
            + RELEASE;

    assertThat(InlineForwards.split(outlook, false).orElseThrow().note()).isNull();
    assertThat(InlineForwards.split(outlook, false).orElseThrow().forwarded()).isEqualTo(RELEASE);
    assertThat(InlineForwards.split(apple, false).orElseThrow().forwarded()).isEqualTo(RELEASE);
  }

  /**
   * Apple Mail quotes a forward in plain text: the marker and every line under it start with {@code
   * >}. The forwarded text comes out unquoted.
   */
  @Test
  void appleMailsQuotedForwardComesOutUnquoted() {
    String text =
        "Ines filed this last night, can someone sub it?\n\nTom\n\n\n"
            + "> Begin forwarded message:\n>\n"
            + "> From: Ines Varga <ines@stringers.example>\n"
            + "> Subject: pier story for Sat\n"
            + "> Date: 20 March 2025 at 21:47:12 GMT\n>\n"
            + "> PELLHAM, April 7, 2025 — The Pellham Port Authority has suspended dredging.\n>\n"
            + "> Work in the outer channel is expected to resume in May.\n";

    InlineForwards.Split split = InlineForwards.split(text, false).orElseThrow();

    assertThat(split.note()).isEqualTo("Ines filed this last night, can someone sub it?\n\nTom");
    assertThat(split.header())
        .isEqualTo(
            "Begin forwarded message:\nFrom: Ines Varga <ines@stringers.example>\n"
                + "Subject: pier story for Sat\nDate: 20 March 2025 at 21:47:12 GMT");
    assertThat(split.forwarded()).isEqualTo(RELEASE);
  }

  /**
   * Outlook marks a forward by its header alone: From: then Sent: (Outlook for Windows), after a
   * line of underscores on the web, From: then Date: on a Mac.
   */
  @Test
  void outlooksForwardWithoutAMarkerLineSplitsToo() {
    String windows =
        "Can we get this in for Thursday?\r\n\r\nDana\r\n\r\n \r\n\r\n"
            + "From: Marlow Borough Council <comms@marlow.example> \r\n"
            + "Sent: Tuesday, March 11, 2025 4:52 PM\r\nTo: Dana Whitcombe <dana@courier.example>\r\n"
            + "Subject: MEDIA RELEASE: Station Road closure\r\n\r\n \r\n\r\n"
            + RELEASE;
    String web =
        "FYI\n\n________________________________\nFrom: Press Office <press@example.org>\n"
            + "Sent: 07 April 2025 16:42\nTo: Newsdesk\nSubject: Port halts\n\n"
            + RELEASE;
    String mac =
        "From: Press Office <press@example.org>\nDate: Monday, 7 April 2025 at 16:42\n"
            + "To: Newsdesk\nSubject: Port halts\n\n"
            + RELEASE;

    InlineForwards.Split split = InlineForwards.split(windows, false).orElseThrow();
    assertThat(split.note()).isEqualTo("Can we get this in for Thursday?\r\n\r\nDana");
    assertThat(split.header())
        .isEqualTo(
            "From: Marlow Borough Council <comms@marlow.example>\n"
                + "Sent: Tuesday, March 11, 2025 4:52 PM\nTo: Dana Whitcombe <dana@courier.example>\n"
                + "Subject: MEDIA RELEASE: Station Road closure");
    assertThat(split.forwarded()).isEqualTo(RELEASE);
    assertThat(InlineForwards.split(web, false).orElseThrow().header())
        .startsWith("________________________________\nFrom: Press Office");
    assertThat(InlineForwards.split(web, false).orElseThrow().forwarded()).isEqualTo(RELEASE);
    assertThat(InlineForwards.split(mac, false).orElseThrow().note()).isNull();
    assertThat(InlineForwards.split(mac, false).orElseThrow().forwarded()).isEqualTo(RELEASE);
  }

  /** Outlook and Gmail in German, French, Spanish and Dutch mark their forwards in kind. */
  @Test
  void forwardsInOtherLanguagesSplitToo() {
    String german =
        "Bitte für morgen.\n\nVon: Pressestelle <presse@example.de>\n"
            + "Gesendet: Dienstag, 11. März 2025 16:52\nAn: Redaktion\n"
            + "Betreff: Sperrung verlängert\n\n"
            + RELEASE;
    String french =
        "Pour demain.\n\nDe : Service de presse <presse@example.fr>\n"
            + "Envoyé : mardi 11 mars 2025 16:52\nÀ : Rédaction\nObjet : Fermeture prolongée\n\n"
            + RELEASE;
    String spanish =
        "---------- Mensaje reenviado ---------\nDe: Prensa <prensa@example.es>\n"
            + "Date: mar, 11 mar 2025 a las 16:52\nSubject: Cierre\nTo: <redaccion@example.es>\n\n"
            + RELEASE;
    String dutch =
        "-----Oorspronkelijk bericht-----\nVan: Persdienst <pers@example.nl>\n"
            + "Verzonden: dinsdag 11 maart 2025 16:52\nAan: Redactie\nOnderwerp: Afsluiting\n\n"
            + RELEASE;

    for (String mail : new String[] {german, french, spanish, dutch}) {
      assertThat(InlineForwards.split(mail, false).orElseThrow().forwarded()).isEqualTo(RELEASE);
    }
    assertThat(InlineForwards.split(german, false).orElseThrow().note())
        .isEqualTo("Bitte für morgen.");
    assertThat(InlineForwards.split(french, false).orElseThrow().header())
        .endsWith("À : Rédaction\nObjet : Fermeture prolongée");
  }

  /** A From: line in the copy itself, with no Sent: or Date: under it, is not a header. */
  @Test
  void aFromLineInTheCopyIsNotAForward() {
    String copy =
        "Readers' letters\n\nFrom: Ann Pike, Harlan Bay\nThe ferry cuts are a disgrace.\n\n"
            + RELEASE;

    assertThat(InlineForwards.split(copy, false)).isEmpty();
  }

  @Test
  void noMarkerNoHeaderOrALongNoteIsNotAForward() {
    assertThat(InlineForwards.split(RELEASE, false)).isEmpty();
    assertThat(InlineForwards.split("---------- Forwarded message ---------\n\n" + RELEASE, false))
        .isEmpty();
    String longNote = "word ".repeat(81) + "\n-----Original Message-----\nFrom: a\n\n" + RELEASE;
    assertThat(InlineForwards.split(longNote, false)).isEmpty();
  }

  /**
   * In a reply, Outlook's header of an earlier message (with its "Original Message" line or
   * without) is the message answered, not a forward; a forward's own marker still opens one.
   */
  @Test
  void inAReplyOnlyAForwardsOwnMarkerOpensAForward() {
    String brief = "Firefighters put out a blaze on Dock Road on Tuesday night.";
    String header =
        "From: Newsdesk <news@courier.example>\nSent: Tuesday, March 11, 2025 9:52 PM\n"
            + "Subject: fire\n\n";
    String outlook = brief + "\n\n" + header + RELEASE;
    String original = brief + "\n\n-----Original Message-----\n" + header + RELEASE;
    String gmail = "FYI\n\n---------- Forwarded message ---------\n" + header + RELEASE;

    assertThat(InlineForwards.split(outlook, false)).isPresent();
    assertThat(InlineForwards.split(outlook, true)).isEmpty();
    assertThat(InlineForwards.split(original, false)).isPresent();
    assertThat(InlineForwards.split(original, true)).isEmpty();
    assertThat(InlineForwards.split(gmail, true).orElseThrow().forwarded()).isEqualTo(RELEASE);
  }
}
