package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SaxFactoryLookupTest {

  private String before;

  @BeforeEach
  void clear() {
    before = System.clearProperty(SaxFactoryLookup.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(SaxFactoryLookup.PROPERTY);
    } else {
      System.setProperty(SaxFactoryLookup.PROPERTY, before);
    }
  }

  @Test
  void namesTheFactoryTheClasspathSearchFinds() {
    String searched = SAXParserFactory.newInstance().getClass().getName();

    SaxFactoryLookup.rememberInThisJvm();

    assertThat(System.getProperty(SaxFactoryLookup.PROPERTY)).isEqualTo(searched);
    assertThat(SAXParserFactory.newInstance().getClass().getName()).isEqualTo(searched);
  }

  @Test
  void leavesAFactoryNamedBeforeAlone() {
    System.setProperty(SaxFactoryLookup.PROPERTY, "org.example.ChosenFactory");

    SaxFactoryLookup.rememberInThisJvm();

    assertThat(System.getProperty(SaxFactoryLookup.PROPERTY))
        .isEqualTo("org.example.ChosenFactory");
  }
}
