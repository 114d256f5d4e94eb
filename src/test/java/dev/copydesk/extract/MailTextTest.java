package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

  /** Outlook writes a link as its text and then its address; the address is said once. */
  @Test
  void aLinksAddressAfterTheSameTextIsDropped() {
    MailText mail =
        MailText.of(
            "Sign up at www.marlow.example/roadworks<https://www.marlow.example/roadworks>.\r\n\r\n"
                + "Call 01632 960 418 or mail comms@marlow.example<mailto:comms@marlow.example>.",
            false);

    assertThat(mail.text())
        .isEqualTo(
            "Sign up at www.marlow.example/roadworks.\r\n\r\n"
                + "Call 01632 960 418 or mail comms@marlow.example.");
  }

  /** A link whose text is other words keeps its address: it is the only place the address is. */
  @Test
  void aLinksAddressAfterOtherWordsStays() {
    String text = "See the diversion map<https://www.marlow.example/map.pdf> before you travel.";

    assertThat(MailText.of(text, false).text()).isEqualTo(text);
  }

  /** A reply's quotation in Spanish, Dutch, German or Italian is set aside like an English one. */
  @Test
  void aRepliesQuotationInOtherLanguagesIsSetAside() {
    String reply = "Thanks, we will run it on Thursday.";
    for (String attribution :
        new String[] {
          "El mar, 11 mar 2025 a las 16:52, Prensa (<prensa@example.es>) escribió:",
          "Op di 11 mrt 2025 om 16:52 schreef Persdienst <pers@example.nl>:",
          "Am Di., 11. März 2025 um 16:52 Uhr schrieb Pressestelle <presse@example.de>:",
          "Il giorno mar 11 mar 2025 alle ore 16:52 Ufficio stampa <stampa@example.it> ha"
              + " scritto:"
        }) {
      MailText mail = MailText.of(reply + "\n\n" + attribution + "\n> The release.\n", false);

      assertThat(mail.text().strip()).as(attribution).isEqualTo(reply);
      assertThat(mail.quoted()).startsWith(attribution);
    }
  }

  /**
   * Outlook quotes the message it answers under its header alone (From:, Sent:, no {@code >}):
   * under a reply longer than a covering note, that header opens the quotation.
   */
  @Test
  void outlooksQuotationUnderALongReplyIsSetAside() {
    String reply =
        ("The county will spend 3.2 million pounds on flood defences along the Tessaly River"
                + " this year, the council said on Tuesday. ")
            .repeat(5)
            .strip();
    String header =
        "From: Newsdesk <news@courier.example>\r\nSent: Tuesday, March 11, 2025 4:52 PM\r\n"
            + "To: Sam Ortiz\r\nSubject: flood defences";

    MailText mail =
        MailText.of(reply + "\r\n\r\n" + header + "\r\n\r\nSam, can you do 150 words?\r\n", false);

    assertThat(mail.text().strip()).isEqualTo(reply);
    assertThat(mail.quoted()).startsWith("From: Newsdesk").endsWith("Sam, can you do 150 words?");
    assertThat(mail.note()).isNull();
  }

  /**
   * A reply shorter than a covering note (a brief filed in answer to the desk's request): the
   * header of the request under it, "Original Message" line and all, is the quotation.
   */
  @Test
  void aShortReplyKeepsItsTextAndQuotesTheRequest() {
    String brief = "Firefighters put out a blaze on Dock Road on Tuesday night. Nobody was hurt.";
    String request =
        "-----Original Message-----\nFrom: Newsdesk <news@courier.example>\n"
            + "Sent: Tuesday, March 11, 2025 9:52 PM\nSubject: fire\n\nSam, 60 words?\n";

    MailText reply = MailText.of(brief + "\n\n" + request, true);
    MailText forward = MailText.of(brief + "\n\n" + request, false);

    assertThat(reply.text().strip()).isEqualTo(brief);
    assertThat(reply.quoted()).startsWith("-----Original Message-----").endsWith("Sam, 60 words?");
    assertThat(forward.note()).isEqualTo(brief);
    assertThat(forward.text().strip()).isEqualTo("Sam, 60 words?");
  }
}
