package dev.tsuzuri.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tsuzuri.outline.Metadata;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hugo's rules for drafts, future and expired notes. */
class UnpublishedTest {
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

  private static Metadata meta(boolean draft, String date, String publish, String expiry) {
    return new Metadata("t", "", List.of(), at(date), null, List.of(), List.of(), draft, "ja",
        Map.of(), "", at(publish), at(expiry));
  }

  private static OffsetDateTime at(String s) {
    return s == null ? null : OffsetDateTime.parse(s);
  }

  private static Optional<Unpublished.Reason> reason(Metadata m, Publishing p) {
    return Unpublished.reason(m, NOW, p);
  }

  @Test
  void draftsFutureAndExpiredNotesAreLeftOut() {
    assertEquals(Optional.of(Unpublished.Reason.DRAFT),
        reason(meta(true, null, null, null), Publishing.HUGO));
    assertEquals(Optional.of(Unpublished.Reason.FUTURE),
        reason(meta(false, "2024-06-02T00:00:00Z", null, null), Publishing.HUGO));
    // publishDate wins over date, both ways
    assertEquals(Optional.empty(), reason(meta(false, "2030-01-01T00:00:00Z",
        "2024-05-01T00:00:00Z", null), Publishing.HUGO));
    assertEquals(Optional.of(Unpublished.Reason.FUTURE), reason(meta(false,
        "2020-01-01T00:00:00Z", "2024-06-01T00:00:01Z", null), Publishing.HUGO));
    assertEquals(Optional.of(Unpublished.Reason.EXPIRED), reason(meta(false,
        "2020-01-01T00:00:00Z", null, "2024-06-01T00:00:00Z"), Publishing.HUGO));
    assertEquals(Optional.empty(), reason(meta(false, "2020-01-01T00:00:00+09:00", null,
        "2024-06-01T09:00:01+09:00"), Publishing.HUGO));
  }

  @Test
  void eachKindIsIncludedWhenAskedFor() {
    Metadata all = meta(true, "2030-01-01T00:00:00Z", null, "2020-01-01T00:00:00Z");
    assertEquals(Optional.of(Unpublished.Reason.FUTURE),
        reason(all, new Publishing(true, false, false)));
    assertEquals(Optional.of(Unpublished.Reason.EXPIRED),
        reason(all, new Publishing(true, false, false).or(new Publishing(false, true, false))));
    assertEquals(Optional.empty(), reason(all, new Publishing(true, true, true)));
  }
}
