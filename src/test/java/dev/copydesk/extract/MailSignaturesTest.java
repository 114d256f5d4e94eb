package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@link MailSignatures} on its own: what it takes out of a page, and how much at most. */
class MailSignaturesTest {

  /**
   * A page of thousands of marked elements (hostile, or a thread gone wrong) costs no more than a
   * few: each removal shifts the siblings after it, so taking them all took time in their number
   * squared (120,000 marks: 18 s; 6 s with the cap, most of it reading the page).
   */
  @Test
  void atMostAFewMarksAreTaken() {
    String marks = "<div class=\"gmail_signature\">x</div>".repeat(5_000);
    Document page = Jsoup.parse("<p>" + "The ferry story goes on. ".repeat(40) + "</p>" + marks);

    assertThat(MailSignatures.take(page)).hasSize(MailSignatures.MAX_SIGNATURES);
    assertThat(page.select(".gmail_signature")).hasSize(5_000 - MailSignatures.MAX_SIGNATURES);
  }

  /** A signature nested in a signature is taken once, with its outer one. */
  @Test
  void aNestedMarkGoesWithItsOuterOne() {
    Document page =
        Jsoup.parse(
            "<p>"
                + "The ferry story goes on. ".repeat(10)
                + "</p><div id=\"AppleMailSignature\">Sam Ortiz"
                + "<div id=\"AppleMailSignature\">Riverside Courier</div></div>");

    assertThat(MailSignatures.take(page))
        .singleElement()
        .satisfies(
            signature -> assertThat(signature.text()).isEqualTo("Sam Ortiz Riverside Courier"));
    assertThat(page.body().text()).doesNotContain("Sam Ortiz");
  }
}
