package dev.copydesk.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.copydesk.config.Delivery;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the real WordPress did once in the 60 s outage test, on cue: a success status whose body is
 * not the post (cut off while the site stopped, or a PHP notice instead of JSON). The entry must be
 * retried, never recorded as delivered without the post's id.
 */
class WordPressRepliesTest {

  private WireMockServer site;
  private WordPressTarget target;

  @BeforeEach
  void start() {
    site = new WireMockServer(options().dynamicPort());
    site.start();
    site.stubFor(
        get(urlEqualTo("/wp-json/copydesk/v1/plugin"))
            .willReturn(okJson("{\"createGuard\": true}")));
    site.stubFor(get(urlPathEqualTo("/wp-json/wp/v2/users")).willReturn(okJson("[]")));
    target =
        WordPressTarget.create(
            URI.create(site.baseUrl() + "/"),
            "editor",
            "app pass word",
            Delivery.defaults(),
            Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    site.stop();
  }

  @ParameterizedTest(name = "body [{0}]")
  @ValueSource(strings = {"", "<br /><b>Notice</b>: Undefined index", "{}", "{\"id\": \"\"}"})
  void aSuccessWithoutThePostIsRetriedAndTheRetryDelivers(String body) {
    answerPostsWith(
        aResponse().withStatus(201).withBody(body),
        okJson(
            "{\"id\": 42, \"link\": \"http://wp.test/?p=42\", \"modified_gmt\": \"2026-12-02T09:00:00\"}"));

    TargetReply first = target.deliver(Entries.entry("e1", "First"));
    assertThat(first).isInstanceOf(TargetReply.Retryable.class);
    assertThat(((TargetReply.Retryable) first).reason()).contains("without the post's id");

    TargetReply second = target.deliver(Entries.entry("e1", "First"));
    assertThat(second).isInstanceOf(TargetReply.Delivered.class);
    assertThat(((TargetReply.Delivered) second).cmsId()).isEqualTo("42");
    site.verify(2, postRequestedFor(urlEqualTo("/wp-json/wp/v2/posts")));
  }

  private void answerPostsWith(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    site.stubFor(
        post(urlEqualTo("/wp-json/wp/v2/posts"))
            .inScenario("posts")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("answered"));
    site.stubFor(
        post(urlEqualTo("/wp-json/wp/v2/posts"))
            .inScenario("posts")
            .whenScenarioStateIs("answered")
            .willReturn(then));
  }
}
