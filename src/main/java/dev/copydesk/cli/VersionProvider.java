package dev.copydesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the POM's version). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"copydesk " + (version == null ? "(development build)" : version)};
  }
}
