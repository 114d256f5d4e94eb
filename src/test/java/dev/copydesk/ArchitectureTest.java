package dev.copydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the package edges of ARCHITECTURE.md: each stage sees only what it may use. */
class ArchitectureTest {

  private static final List<String> STAGES =
      List.of(
          "config",
          "model",
          "extract",
          "normalize",
          "dedupe",
          "pipeline",
          "publish",
          "jobs",
          "web",
          "cli");

  /** Stage to the copydesk packages it may use (besides itself). */
  private static final Map<String, List<String>> ALLOWED =
      Map.of(
          "model", List.of(),
          "config", List.of("model"),
          "extract", List.of("model", "config"),
          "normalize", List.of("model"),
          "dedupe", List.of("model"),
          "pipeline", List.of("model", "config", "extract", "normalize", "dedupe"),
          "publish", List.of("model", "config"),
          "jobs", List.of("model", "config", "pipeline", "publish", "dedupe"),
          "web", List.of("model", "config", "pipeline", "jobs", "dedupe"),
          "cli", STAGES);

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.copydesk");
  }

  static List<String> stages() {
    return STAGES;
  }

  @ParameterizedTest
  @MethodSource("stages")
  void stageUsesOnlyAllowedStages(String stage) {
    String[] forbidden =
        STAGES.stream()
            .filter(other -> !other.equals(stage) && !ALLOWED.get(stage).contains(other))
            .map(other -> "dev.copydesk." + other + "..")
            .toArray(String[]::new);
    if (forbidden.length == 0) {
      return;
    }
    noClasses()
        .that()
        .resideInAPackage("dev.copydesk." + stage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because("ARCHITECTURE.md: " + stage + " may use only " + ALLOWED.get(stage))
        .check(classes);
  }

  @Test
  void onlyExtractSeesTika() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.copydesk.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.tika..")
        .check(classes);
  }

  @Test
  void onlyWebSeesServletsAndJetty() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.copydesk.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void everyStageIsAPackage() {
    for (String stage : STAGES) {
      boolean present =
          classes.stream().anyMatch(c -> c.getPackageName().startsWith("dev.copydesk." + stage));
      assertThat(present).as("package " + stage).isTrue();
    }
  }
}
