package dev.tsuzuri.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure as rules: no package cycle; the writers independent of each other (but
 * pdf on html and png on pptx, one way); nothing on the command line or the facade; the command
 * line and the conversion on no concrete writer; flexmark only in the reader's internals; POI only
 * in the writers' internals.
 */
class ArchitectureTest {
  private static final List<String> WRITERS = List.of("pdf", "html", "docx", "pptx", "png",
      "json");
  /** The only dependencies allowed between writers. */
  private static final Map<String, String> ALLOWED = Map.of("pdf", "html", "png", "pptx");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.tsuzuri");
  }

  @Test
  void packagesHaveNoCycle() {
    slices().matching("dev.tsuzuri.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void writersDependOnNoOtherWriterButPdfOnHtmlAndPngOnPptx() {
    for (String w : WRITERS) {
      List<String> others = new ArrayList<>();
      for (String o : WRITERS) {
        if (!o.equals(w) && !o.equals(ALLOWED.get(w))) {
          others.add("dev.tsuzuri.write." + o + "..");
        }
      }
      noClasses().that().resideInAPackage("dev.tsuzuri.write." + w + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
          .check(classes);
    }
  }

  @Test
  void nothingDependsOnTheCommandLineOrTheFacade() {
    noClasses().that().resideOutsideOfPackage("dev.tsuzuri.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.tsuzuri.cli..")
        .check(classes);
    noClasses().that().doNotHaveFullyQualifiedName("dev.tsuzuri.Tsuzuri")
        .should().dependOnClassesThat().haveFullyQualifiedName("dev.tsuzuri.Tsuzuri")
        .check(classes);
  }

  @Test
  void commandLineAndConversionNameNoWriterAndNoInternals() {
    List<String> writers = new ArrayList<>();
    WRITERS.forEach(w -> writers.add("dev.tsuzuri.write." + w + ".."));
    noClasses().that().resideInAnyPackage("dev.tsuzuri.cli..", "dev.tsuzuri.convert..")
        .should().dependOnClassesThat().resideInAnyPackage(writers.toArray(String[]::new))
        .check(classes);
    noClasses().that().resideInAPackage("dev.tsuzuri.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.tsuzuri..internal..")
        .check(classes);
  }

  @Test
  void flexmarkOnlyInTheReadersInternals() {
    noClasses().that().resideOutsideOfPackage("dev.tsuzuri.read.internal..")
        .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
        .check(classes);
  }

  @Test
  void theModuleExportsNoInternalsAndProvidesEveryWriter() throws Exception {
    // compiled into the jar at prepare-package (see pom.xml); its text is checked here
    String module = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/main/module/module-info.java"));
    java.util.regex.Matcher exports = java.util.regex.Pattern
        .compile("(?m)^\\s*exports\\s+([\\w.]+)").matcher(module);
    List<String> exported = new ArrayList<>();
    while (exports.find()) {
      exported.add(exports.group(1));
    }
    org.junit.jupiter.api.Assertions.assertTrue(exported.containsAll(List.of("dev.tsuzuri",
        "dev.tsuzuri.diag", "dev.tsuzuri.outline", "dev.tsuzuri.read", "dev.tsuzuri.write",
        "dev.tsuzuri.write.pdf", "dev.tsuzuri.convert")), exported.toString());
    for (String p : exported) {
      org.junit.jupiter.api.Assertions.assertFalse(p.contains("internal")
          || p.startsWith("dev.tsuzuri.cli") || p.equals("dev.tsuzuri.write.ooxml"), p);
      org.junit.jupiter.api.Assertions.assertFalse(classes.getPackage(p).getClasses().isEmpty(),
          p);
    }
    String services = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/main/resources/META-INF/services/dev.tsuzuri.write.WriterProvider"));
    int providers = 0;
    for (String provider : services.split("\\s+")) {
      if (!provider.isBlank()) {
        org.junit.jupiter.api.Assertions.assertTrue(module.contains(provider + ",")
            || module.contains(provider + ";"), provider);
        providers++;
      }
    }
    org.junit.jupiter.api.Assertions.assertEquals(6, providers);
  }

  @Test
  void poiOnlyInTheWritersInternals() {
    noClasses().that().resideOutsideOfPackages("dev.tsuzuri.write.*.internal..",
            "dev.tsuzuri.write.ooxml..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..",
            "org.openxmlformats..", "org.apache.xmlbeans..", "com.microsoft.schemas..")
        .check(classes);
  }
}
