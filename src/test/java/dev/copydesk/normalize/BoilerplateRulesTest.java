package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateRulesTest {

  /**
   * The trigger words only skip work: on every element's text of the 130 corpus pages (and the same
   * text upper-cased and with its first word cut), each row answers as its bare pattern does, and
   * the table's answer is the first row whose bare pattern matches.
   */
  @Test
  void triggerWordsNeverChangeWhatARowMatches() throws java.io.IOException {
    List<String> texts = new ArrayList<>();
    for (var page : dev.copydesk.ReadabilityPages.folders()) {
      var doc = org.jsoup.Jsoup.parse(page.resolve("source.html").toFile(), "UTF-8");
      for (var element : doc.body().select("*")) {
        String text = element.text().strip();
        if (!text.isEmpty() && text.length() <= 400) {
          texts.add(text);
          texts.add(text.toUpperCase(java.util.Locale.ROOT));
          texts.add(text.substring(text.indexOf(' ') + 1));
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(50_000);
    int matched = 0;
    for (String text : texts) {
      BoilerplateRule first = null;
      for (BoilerplateRule rule : BoilerplateTable.ROWS) {
        boolean bare =
            switch (rule.scope()) {
              case WHOLE ->
                  text.length() <= BoilerplateRule.WHOLE_MAX_CHARS
                      && rule.pattern().matcher(text).matches();
              case PREFIX ->
                  !TextCleaner.hasMoreWords(text, BoilerplateRule.PREFIX_MAX_WORDS)
                      && rule.pattern().matcher(text).lookingAt();
            };
        assertThat(rule.matches(text)).as(rule.reason() + ": " + text).isEqualTo(bare);
        matched += bare ? 1 : 0;
        first = first == null && bare ? rule : first;
      }
      assertThat(BoilerplateRules.match(text))
          .as(text)
          .isEqualTo(java.util.Optional.ofNullable(first));
    }
    assertThat(matched).isGreaterThan(200); // the comparison covered real matches
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
Advertisement                                   | advertisement
ADVERTISEMENT                                   | advertisement
Sponsored                                       | advertisement
Story continues below advertisement             | advertisement
Join the Conversation                           | comment-widget
Join the conversation as a VIP Member           | comment-widget
Join the conversation on this and other recent Foreign Policy articles when you subscribe now. | comment-widget
Leave A Reply                                   | comment-widget
Your email address will not be published. Required fields are marked * | comment-widget
You are commenting as .                         | comment-widget
Not your account?                               | comment-widget
'Please follow our comment guidelines, stay on topic, and be civil.' | comment-widget
Commenting on this and other recent articles is just one benefit of a Foreign Policy subscription. | comment-widget
12 Comments                                     | comment-widget
Already a subscriber? .                         | subscribe-widget
Follow us on Twitter @CoastalHerald for the latest updates. | subscribe-widget
Listen to this article                          | audio-player
Listen to this story (4 min)                    | audio-player
5 min read                                      | reading-time
Estimated reading time: 3 minutes               | reading-time
'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.' | copyright-notice
© 2025 The Riverside Courier. All rights reserved. | copyright-notice
(Copyright 2025 by The Associated Press. All Rights Reserved.) | copyright-notice
'This material may not be published, broadcast, rewritten or redistributed.' | copyright-notice
Subscribe                                       | subscribe-widget
Sign in                                         | subscribe-widget
Sign up for our daily newsletter                | subscribe-widget
Related: Why the council voted no               | related-content
READ MORE: The pool closes                      | related-content
Read more                                       | related-content
More from Foreign Policy                        | related-content
Trending on HotAir Videos                       | related-content
Recommended                                     | related-content
Related                                         | related-content
Source link                                     | source-link
This article originally appeared in the Harlan Gazette. | source-link
Originally published at harlan-gazette.example  | source-link
Copyright 2025 Harlan Gazette                   | copyright-notice
Copyright © 2024–2025 Riverside Courier Media Ltd. | copyright-notice
Have a news tip? Email tips@paper.example       | subscribe-widget
Send us your news tips at tips@paper.example    | subscribe-widget
FOR IMMEDIATE RELEASE                           | release-notice
[image: Pellham Port Authority logo]            | image-placeholder
[cid:image001.png@01DB8A2C.5F1E3B40]            | image-placeholder
Sent from my iPhone                             | email-signature
'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.' | email-banner
Sent from my Samsung Galaxy smartphone.         | email-signature
Get Outlook for iOS                             | email-signature
Press release:                                  | release-notice
Media contact: Jordan Pike, (555) 014-2287      | release-notes
Notes to editors                                | release-notes
SOURCE Acme Corp                                | release-notes
For more information, contact the press office. | release-notes
Share this article                              | share-widget
Share on Facebook                               | share-widget
Share this story: Facebook · X · Email          | share-widget
'Share: Facebook, Twitter, LinkedIn, E-mail'    | share-widget
Share this article on Bluesky                   | share-widget
Print                                           | share-widget
Photo: Reuters                                  | image-credit
ALEXANDER NEMENOV/AFP via Getty Images          | image-credit
""")
  void matchesBoilerplate(String text, String reason) {
    assertThat(BoilerplateRules.match(text)).map(BoilerplateRule::reason).contains(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
The advertisement ran for weeks before anyone noticed.
Readers who subscribe to the paper's view will disagree.
More than 1,000 troops refused to go.
'Share prices fell sharply on Monday, and analysts expect more of the same this week as rates rise.'
'Related: a word that starts a list of reasons why the council voted as it did on that long night, according to members who spoke afterwards about the procedure and its many flaws'
Print journalism is not dead.
Share this story with a friend who rides the ferry.
The press release said the port would reopen.
Sent from the capital, the letter reached the mayor on Tuesday.
Source: company filings
Sources close to the mayor said the vote would be delayed until the spring.
This email came from outside the council, the clerk said.
Editor's note: An earlier version of this story misstated the date of the vote.
The council's media contact did not return calls.
Listen to the mayor, residents say, and the bridge will be fixed.
She gave the 5 minute reading of the charter.
Copyright law was the subject of the hearing.
Copyright 2019 changes hit musicians hard.
'First published in 1851, the paper has covered the town for generations.'
The ferry originally ran twice a day.
The copyright holder said all rights reserved by the estate were licensed in 2020.
'Police officers detain a woman during a protest against military mobilization in Moscow on Sept. 21. ALEXANDER NEMENOV/AFP via Getty Images'
""")
  void leavesProseAlone(String text) {
    assertThat(BoilerplateRules.match(text)).isEmpty();
  }

  @Test
  void removesBlocksAndKeepsTheRest() {
    Pass pass =
        BoilerplateRules.removeBlocks(
            units("Para one.", "Advertisement", "Para two.", "Advertisement", "Leave A Reply"));
    assertThat(pass.units()).extracting(Unit::text).containsExactly("Para one.", "Para two.");
    assertThat(Removals.group(pass.removed()))
        .containsExactly(
            new Removal("Advertisement", "advertisement", 2),
            new Removal("Leave A Reply", "comment-widget", 1));
  }

  @Test
  void aSingleImageCreditIsOnlySuspectedTwoAreRemoved() {
    Pass once = BoilerplateRules.removeBlocks(units("Para one.", "Photo: Reuters", "Para two."));
    assertThat(once.removed()).isEmpty();
    assertThat(once.units().get(1).suspicion()).isEqualTo("image-credit");

    Pass twice =
        BoilerplateRules.removeBlocks(
            units("Para one.", "Photo: Reuters", "Para two.", "Photo: AP"));
    assertThat(twice.units()).extracting(Unit::text).containsExactly("Para one.", "Para two.");
  }

  @Test
  void aRelatedHeadingAtTheBottomTakesTheShortRunAfterIt() {
    List<Unit> units = new ArrayList<>(paragraphs(6));
    units.addAll(units("More from Example", "First teaser", "Second teaser", "First teaser"));
    Pass pass = BoilerplateRules.cutRunAtFoot(units);
    assertThat(pass.units()).hasSize(6);
    assertThat(Removals.group(pass.removed()))
        .containsExactly(
            new Removal("More from Example", "related-content", 1),
            new Removal("First teaser", "related-content", 2),
            new Removal("Second teaser", "related-content", 1));
  }

  @Test
  void aRelatedHeadingNearTheTopOrBeforeProseIsKeptAndSuspected() {
    List<Unit> top = new ArrayList<>(units("More from our correspondent"));
    top.addAll(paragraphs(6));
    Pass early = BoilerplateRules.cutRunAtFoot(top);
    assertThat(early.removed()).isEmpty();
    assertThat(early.units().get(0).suspicion()).isEqualTo("related-content");

    List<Unit> prose = new ArrayList<>(paragraphs(4));
    prose.addAll(units("Recommended", "word ".repeat(80).strip()));
    Pass beforeProse = BoilerplateRules.cutRunAtFoot(prose);
    assertThat(beforeProse.removed()).isEmpty();
    assertThat(beforeProse.units()).hasSize(6);
    assertThat(beforeProse.units().get(4).suspicion()).isEqualTo("related-content");
  }

  @Test
  void aPressReleasesContactsAtTheFootGoWithTheLinesAfterThem() {
    List<Unit> units = new ArrayList<>(paragraphs(6));
    units.addAll(
        units("Media contact:", "Jordan Pike, Communications Manager", "press@harlanbay.example"));
    Pass pass = BoilerplateRules.cutRunAtFoot(units);
    assertThat(pass.units()).hasSize(6);
    assertThat(pass.removed()).extracting(Removal::reason).containsOnly("release-notes").hasSize(3);
  }

  @Test
  void everyRowHasAReasonAndAPlace() {
    assertThat(BoilerplateTable.ROWS)
        .allSatisfy(
            r -> {
              assertThat(r.reason()).matches("[a-z-]+");
              assertThat(r.minRepeats()).isPositive();
            });
  }

  static List<Unit> units(String... texts) {
    return java.util.Arrays.stream(texts).map(t -> Unit.of(BlockKind.PARAGRAPH, t)).toList();
  }

  static List<Unit> paragraphs(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Unit.of(BlockKind.PARAGRAPH, "Paragraph " + i + " says something real."))
        .toList();
  }

  /** Past 240 chars only a short prefix row can match: at 30 words it does, at 31 no row does. */
  @Test
  void aLongTextMatchesOnlyAShortPrefixRow() {
    String longWords = " supercalifragilisticexpialidocious".repeat(29);
    String thirtyWords = "Related: " + longWords.strip();
    assertThat(thirtyWords.length()).isGreaterThan(BoilerplateRule.WHOLE_MAX_CHARS);
    assertThat(BoilerplateRules.match(thirtyWords))
        .map(BoilerplateRule::reason)
        .contains("related-content");
    assertThat(BoilerplateRules.match(thirtyWords + " again")).isEmpty();
    assertThat(BoilerplateRules.match("Advertisement" + " ".repeat(240))).isEmpty();
  }
}
