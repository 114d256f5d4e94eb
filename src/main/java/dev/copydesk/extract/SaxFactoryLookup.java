package dev.copydesk.extract;

import javax.xml.parsers.SAXParserFactory;

/**
 * XMLBeans, under POI's Word, Excel and PowerPoint parsers, asks {@link
 * SAXParserFactory#newInstance()} for a new factory for every XML part of a file. Unless the
 * {@value #PROPERTY} system property names the factory class, each of those calls searches every
 * jar on the classpath for a {@code META-INF/services} entry. Naming the class the first search
 * found gives the same factory without the searches. Only for JVMs copydesk owns (the command line
 * and its parser children); a servlet host's system properties are left alone.
 */
public final class SaxFactoryLookup {

  static final String PROPERTY = "javax.xml.parsers.SAXParserFactory";

  private SaxFactoryLookup() {}

  /** Looks the factory up once and names it in this JVM's system properties, unless set. */
  public static void rememberInThisJvm() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, SAXParserFactory.newInstance().getClass().getName());
    }
  }
}
