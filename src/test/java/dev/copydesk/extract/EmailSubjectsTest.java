package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a subject's marks say: the title without them, and whether the message is a reply. */
class EmailSubjectsTest {

  @Test
  void marksInTheLanguagesOfTheMailProgramsAreTakenOffTheTitle() {
    for (String subject :
        new String[] {
          "Re: Ferry cut",
          "RE: FW: Ferry cut",
          "AW: WG: Ferry cut",
          "SV: VB: Ferry cut",
          "Antw: Doorst: Ferry cut",
          "Odp: Ferry cut",
          "RES: ENC: Ferry cut",
          "RV: Ferry cut",
          "TR: Ferry cut",
          "VS: Ferry cut",
          "VL: Ferry cut",
          "Fwd: Re[2]: Ferry cut"
        }) {
      assertThat(EmailMessages.withoutMarks(subject)).as(subject).isEqualTo("Ferry cut");
    }
    assertThat(EmailMessages.withoutMarks("PD: Driver was over the limit"))
        .isEqualTo("PD: Driver was over the limit");
  }

  /** The outermost mark says what the message is; VS: is a forward or a reply, by language. */
  @Test
  void theOutermostMarkSaysWhetherItIsAReply() {
    assertThat(EmailMessages.isReply("RE: FW: Ferry cut")).isTrue();
    assertThat(EmailMessages.isReply("SV: Ferry cut")).isTrue();
    assertThat(EmailMessages.isReply("Antw: Ferry cut")).isTrue();
    assertThat(EmailMessages.isReply("Odp: Ferry cut")).isTrue();
    assertThat(EmailMessages.isReply("RES: Ferry cut")).isTrue();
    assertThat(EmailMessages.isReply("FW: RE: Ferry cut")).isFalse();
    assertThat(EmailMessages.isReply("VS: Ferry cut")).isFalse();
    assertThat(EmailMessages.isReply("Ferry cut")).isFalse();
    assertThat(EmailMessages.isReply("Results: Ferry cut")).isFalse();
  }
}
