package dev.tsuzuri.write.docx.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per process, what an edit made of a package part's bytes: the parts font embedding
 * edits (settings, font table, relationships, content types) are the template's own in almost
 * every document of a batch, so parsing and serialising them each time is wasted work. Keys
 * compare the bytes themselves, so a different template, or a part the document changed, is
 * simply edited afresh. Thread-safe; results are shared and must not be modified.
 */
final class PartEditCache {
  /** Bounds the memory a long-lived process with many templates can spend here. */
  private static final int LIMIT = 64;

  private record Key(String edit, ByteBuffer input) {}

  /** An edit of a part's bytes that depends on nothing else (the key names its variant). */
  interface Edit {
    byte[] apply(byte[] input) throws Exception;
  }

  private static final Map<Key, byte[]> EDITED = new ConcurrentHashMap<>();

  /**
   * An edit made, as the build's template snapshot keeps it.
   *
   * @param edit the edit's name and variant
   * @param input the part's bytes before
   * @param output after
   */
  record Made(String edit, byte[] input, byte[] output) {}

  private PartEditCache() {}

  /**
   * The edited bytes, made once per distinct input and edit.
   *
   * @param edit names the edit and everything besides the input it depends on
   * @param input the part's bytes (not modified, and not to be modified afterwards)
   */
  static byte[] edited(String edit, byte[] input, Edit apply) throws Exception {
    Key key = new Key(edit, ByteBuffer.wrap(input));
    byte[] out = EDITED.get(key);
    if (out == null) {
      out = apply.apply(input);
      if (EDITED.size() >= LIMIT) {
        EDITED.clear();
      }
      EDITED.put(new Key(edit, ByteBuffer.wrap(input.clone())), out);
    }
    return out;
  }

  /** The edits remembered now. */
  static List<Made> made() {
    List<Made> made = new ArrayList<>();
    EDITED.forEach((k, v) -> {
      byte[] input = new byte[k.input().remaining()];
      k.input().duplicate().get(input);
      made.add(new Made(k.edit(), input, v));
    });
    return made;
  }

  /**
   * Remembers edits made before, by the build: the bundled template's parts get the same edits
   * in every run, and making them the first time parses and writes XML with the JDK's DOM.
   */
  static void remember(List<Made> made) {
    for (Made m : made) {
      EDITED.putIfAbsent(new Key(m.edit(), ByteBuffer.wrap(m.input().clone())), m.output());
    }
  }

  /** Forgets every edit (tests that make them afresh). */
  static void forget() {
    EDITED.clear();
  }
}
