package dev.tsuzuri.convert.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcode names a note uses, found in one pass. */
class SiteDependenciesTest {
  @Test
  void findsOpenedShortcodeNamesOnce() {
    assertEquals(List.of("figure", "notice", "tabs/tab", "x"), List.copyOf(
        SiteDependencies.shortcodeNames("{{< figure src=a >}} {{% notice info %}}x"
            + "{{% /notice %}} {{<tabs/tab>}} {{< /figure >}} {{x}} {{<x}}")));
  }

  @Test
  void hugeInputsAreScannedInLinearTime() {
    String braces = "{{".repeat(1_000_000);
    String opens = "{{<".repeat(600_000);
    String longName = "{{< " + "a".repeat(2_000_000);
    String spaces = "{{<" + " ".repeat(2_000_000) + "name";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertEquals(0, SiteDependencies.shortcodeNames(braces).size());
      assertEquals(0, SiteDependencies.shortcodeNames(opens).size());
      assertEquals(0, SiteDependencies.shortcodeNames(longName).size());
      assertEquals(List.of("name"), List.copyOf(SiteDependencies.shortcodeNames(spaces)));
    });
  }
}
