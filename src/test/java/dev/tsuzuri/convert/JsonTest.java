package dev.tsuzuri.convert;

import dev.tsuzuri.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void roundTripsWhatTheManifestAndReportHold() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", "日本語 \"quoted\" back\\slash\ttab\nline \u0001 😀");
    m.put("number", 42L);
    m.put("fraction", 1.5);
    m.put("yes", true);
    m.put("nothing", null);
    m.put("list", List.of("a", 2L, List.of()));
    m.put("empty", Map.of());
    assertEquals(m, Json.parse(Json.write(m)));
  }

  @Test
  void loneSurrogatesAreEscapedNotBroken() {
    String lone = "a\uD800b";
    assertEquals(lone, Json.parse(Json.write(lone)));
    assertEquals("\"a\\ud800b\"\n", Json.write(lone));
  }

  @Test
  void malformedTextIsRefused() {
    for (String bad : Arrays.asList("{", "[1,", "{\"a\" 1}", "tru", "\"open", "1 2")) {
      assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
    }
  }
}
