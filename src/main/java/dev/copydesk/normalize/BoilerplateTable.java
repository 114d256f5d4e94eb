package dev.copydesk.normalize;

import static dev.copydesk.normalize.BoilerplateRule.Scope.PREFIX;
import static dev.copydesk.normalize.BoilerplateRule.Scope.WHOLE;
import static dev.copydesk.normalize.BoilerplateRule.Where.ANYWHERE;
import static dev.copydesk.normalize.BoilerplateRule.Where.BOTTOM;
import static dev.copydesk.normalize.BoilerplateRule.Where.TOP;
import static dev.copydesk.normalize.BoilerplateRule.repeated;
import static dev.copydesk.normalize.BoilerplateRule.rule;
import static dev.copydesk.normalize.BoilerplateRule.run;

import java.util.List;

/**
 * The boilerplate table: one row per kind of text that is not the article (ads, widgets, share
 * text, credits, a mail client's lines, a press release's notices), read by {@link
 * BoilerplateRules}. First matching row wins, so specific rows come before general ones.
 */
final class BoilerplateTable {

  static final String ADVERTISEMENT = "advertisement";
  static final String COMMENTS = "comment-widget";
  static final String SUBSCRIBE = "subscribe-widget";
  static final String RELATED = "related-content";
  static final String SHARE = "share-widget";

  /** Where a share bar sends a story: {@code Share this story: Facebook · X · Email}. */
  private static final String SHARE_NETWORKS =
      "(facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|e-?mail|copy link|print|bluesky"
          + "|threads|messenger|telegram|flipboard)";

  static final String RELEASE_NOTICE = "release-notice";
  static final String RELEASE_NOTES = "release-notes";
  static final String IMAGE_PLACEHOLDER = "image-placeholder";
  static final String MAIL_CLIENT_LINE = "email-signature";
  static final String EMAIL_BANNER = "email-banner";
  static final String AUDIO_PLAYER = "audio-player";
  static final String READING_TIME = "reading-time";
  static final String COPYRIGHT = "copyright-notice";

  static final List<BoilerplateRule> ROWS =
      List.of(
          rule(
              "advertisement|sponsored( content)?|paid (content|post)"
                  + "|story continues below( advertisement)?|continue reading below",
              ADVERTISEMENT,
              ANYWHERE,
              WHOLE,
              "advertisement",
              "sponsored",
              "paid",
              "story continues",
              "continue reading"),
          rule(
              "join the conversation( as an? .{1,30} member)?[.!]?",
              COMMENTS,
              ANYWHERE,
              WHOLE,
              "join the conversation"),
          rule("join the conversation\\b", COMMENTS, ANYWHERE, PREFIX, "join the conversation"),
          rule("leave a (reply|comment)( cancel reply)?", COMMENTS, ANYWHERE, WHOLE, "leave a"),
          rule(
              "your email address will not be published",
              COMMENTS,
              ANYWHERE,
              PREFIX,
              "your email address"),
          rule("you are commenting as\\b", COMMENTS, ANYWHERE, PREFIX, "you are commenting"),
          rule("not your account\\?", COMMENTS, ANYWHERE, WHOLE, "not your account"),
          rule(
              "please follow our comment guidelines",
              COMMENTS,
              ANYWHERE,
              PREFIX,
              "comment guidelines"),
          rule(
              "commenting on this and other recent articles",
              COMMENTS,
              ANYWHERE,
              PREFIX,
              "commenting on this"),
          rule(
              "(\\d+ )?comments?|(view|show|load|read) (all )?comments( \\(\\d+\\))?",
              COMMENTS,
              ANYWHERE,
              WHOLE,
              "comment"),
          rule("already a subscriber\\?", SUBSCRIBE, ANYWHERE, PREFIX, "already a subscriber"),
          rule(
              "((have|got) a (news )?tip\\??|(send|email|e-mail) (us )?(your )?(news )?tips)\\b.{0,100}",
              SUBSCRIBE,
              BOTTOM,
              WHOLE,
              "tip"),
          rule(
              "follow us on (twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky|youtube)"
                  + "\\b.{0,80}",
              SUBSCRIBE,
              ANYWHERE,
              WHOLE,
              "follow us"),
          rule(
              "listen to (this|the) (article|story)( \\(?\\d{1,2} min(ute)?s?\\)?)?[.:]?",
              AUDIO_PLAYER,
              ANYWHERE,
              WHOLE,
              "listen to"),
          rule(
              "\\d{1,2} min(ute)?s? read|(estimated )?reading time:? \\d{1,2} min(ute)?s?\\.?",
              READING_TIME,
              ANYWHERE,
              WHOLE,
              "min read",
              "mins read",
              "minute read",
              "minutes read",
              "reading time"),
          rule(
              "\\(?(copyright|©|\\(c\\))\\s?(©\\s?)?\\d{4}\\b[^.]{0,80}\\.?\\s*all rights"
                  + " reserved\\b",
              COPYRIGHT, BOTTOM, PREFIX, "rights reserved"),
          rule(
              "(copyright|\\(c\\))\\s?(©\\s?)?\\d{4}(\\s*[-–]\\s*\\d{4})?,?\\s+(?-i:\\p{Lu})[^.!?]{0,60}\\.?",
              COPYRIGHT, BOTTOM, WHOLE, "copyright", "(c)"),
          rule(
              "this material may not be (published|reproduced|redistributed)\\b.{0,120}",
              COPYRIGHT,
              BOTTOM,
              WHOLE,
              "this material"),
          rule(
              "(subscribe|sign in|sign up|log in|login|register)( now| today| here)?[.!]?",
              SUBSCRIBE,
              ANYWHERE,
              WHOLE,
              "subscribe",
              "sign in",
              "sign up",
              "log in",
              "login",
              "register"),
          rule(
              "(subscribe|sign up) (to|for) (our|the) .{0,40}newsletter",
              SUBSCRIBE,
              ANYWHERE,
              PREFIX,
              "newsletter"),
          rule(
              "(related|read more|recommended|see also|also read|read also)\\s*:\\s*\\S",
              RELATED,
              ANYWHERE,
              PREFIX,
              "related",
              "read more",
              "recommended",
              "see also",
              "also read",
              "read also"),
          rule(
              "read more|continue reading|read the full (story|article)",
              RELATED,
              ANYWHERE,
              WHOLE,
              "read more",
              "continue reading",
              "read the full"),
          run(
              WHOLE,
              "(more from|trending on|more on|also on) .{1,60}",
              RELATED,
              "more from",
              "trending on",
              "more on",
              "also on"),
          run(
              WHOLE,
              "(related|recommended)( articles| stories| content| coverage| posts| reading)?:?"
                  + "|recommended for you|you (may|might) also like:?|most (popular|read|viewed):?"
                  + "|more stories:?|what to read next:?|trending( now| stories)?:?",
              RELATED,
              "related",
              "recommended",
              "also like",
              "most popular",
              "most read",
              "most viewed",
              "more stories",
              "what to read next",
              "trending"),
          run(
              PREFIX,
              "(media|press|news) contacts?\\s*:|notes? to editors?\\b"
                  + "|for (further|more) information,? (please )?contact\\b",
              RELEASE_NOTES,
              "contact",
              "to editor"),
          rule("(?-i:SOURCE) \\p{Lu}[^.!?]{1,80}", RELEASE_NOTES, BOTTOM, WHOLE, "source "),
          rule("source link", "source-link", ANYWHERE, WHOLE, "source link"),
          rule(
              "(this (article|story|post|piece|report) )?(was )?(originally|first) (appeared|published"
                  + "|ran)( (in|on|at|by) [^,;]{1,80})?",
              "source-link",
              BOTTOM,
              WHOLE,
              "originally",
              "first appeared",
              "first published",
              "first ran"),
          rule(
              "((caution|warning|external( email| sender)?)\\s*[:!-]\\s*)?this (e-?mail|message)"
                  + " (originated|came|was sent) from outside (of )?(the|your|our)"
                  + " (organi[sz]ation|company|network|firm|agency)\\b",
              EMAIL_BANNER,
              ANYWHERE,
              PREFIX,
              "from outside"),
          rule(
              "\\[(image|cid|inline image)\\s*:[^\\]]{0,160}\\]",
              IMAGE_PLACEHOLDER,
              ANYWHERE,
              WHOLE,
              "[image",
              "[cid",
              "[inline image"),
          rule(
              "(sent from my|sent from|get) (iphone|ipad|android|samsung\\b.{0,30}|galaxy\\b.{0,30}"
                  + "|blackberry\\b.{0,20}|outlook for (ios|android)|mail for windows( 10| 11)?"
                  + "|yahoo mail\\b.{0,30}|mobile)[.!]?",
              MAIL_CLIENT_LINE,
              ANYWHERE,
              WHOLE,
              "sent from",
              "get outlook"),
          rule(
              "(for )?immediate release[.:]?|(news|press|media) release[.:]?",
              RELEASE_NOTICE,
              TOP,
              WHOLE,
              "immediate release",
              "news release",
              "press release",
              "media release"),
          rule(
              "share( this( article| story| post| page)?)?(\\s*:?\\s*(on\\s+)?"
                  + SHARE_NETWORKS
                  + "(\\s*[·•|,/]\\s*"
                  + SHARE_NETWORKS
                  + "|\\s+"
                  + SHARE_NETWORKS
                  + ")*)?:?"
                  + "|(facebook|twitter|linkedin|whatsapp|reddit|pinterest|email|tweet|copy link"
                  + "|print)( this( article| story| page))?",
              SHARE,
              ANYWHERE,
              WHOLE,
              "share",
              "facebook",
              "twitter",
              "linkedin",
              "whatsapp",
              "reddit",
              "pinterest",
              "email",
              "tweet",
              "copy link",
              "print"),
          repeated(
              "(photo|image|picture|photograph|illustration|credit)s?( by|"
                  + " credit)?\\s*[:/]\\s*.{1,80}|.{0,60}(via getty images|/afp|/reuters|/ap|/getty"
                  + " images|/shutterstock)|\\(?(getty images|reuters|ap"
                  + " photo|afp|shutterstock)\\)?",
              "image-credit",
              "photo",
              "image",
              "picture",
              "illustration",
              "credit",
              "getty images",
              "afp",
              "reuters",
              "/ap",
              "shutterstock"));

  private BoilerplateTable() {}
}
