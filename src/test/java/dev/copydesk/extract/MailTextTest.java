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
                + "Call 01632 960 418 or mail comms@marlow.example<mailto:comms@marlow.example>.");

    assertThat(mail.text())
        .isEqualTo(
            "Sign up at www.marlow.example/roadworks.\r\n\r\n"
                + "Call 01632 960 418 or mail comms@marlow.example.");
  }

  /** A link whose text is other words keeps its address: it is the only place the address is. */
  @Test
  void aLinksAddressAfterOtherWordsStays() {
    String text = "See the diversion map<https://www.marlow.example/map.pdf> before you travel.";

    assertThat(MailText.of(text).text()).isEqualTo(text);
  }
}
