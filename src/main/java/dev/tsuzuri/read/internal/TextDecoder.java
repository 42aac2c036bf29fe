package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.internal.text.Cjk;
import dev.tsuzuri.diag.TsuzuriException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a note's bytes into text: a BOM decides between UTF-8 and UTF-16, otherwise UTF-8 is
 * required (as Hugo does). Legacy Japanese encodings are recognised only to explain the refusal.
 */
public final class TextDecoder {
  private TextDecoder() {}

  /**
   * Decodes the bytes.
   *
   * @param source the file name, for messages
   * @param override the charset to use instead of detecting, or null
   * @throws TsuzuriException when the bytes are not valid text in the encoding
   */
  public static String decode(byte[] bytes, Charset override, String source) {
    if (override != null) {
      return strict(bytes, 0, override, source, false);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, source, false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, source, false);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, source, false);
    }
    return strict(bytes, 0, StandardCharsets.UTF_8, source, true);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source,
      boolean guessLegacy) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int position = in.position();
      int line = lineAt(bytes, position);
      if (guessLegacy) {
        String legacy = legacyJapanese(bytes);
        if (legacy != null) {
          throw new TsuzuriException(source, line, "the file is not UTF-8; it looks like "
              + legacy + ": convert it to UTF-8 or pass --encoding " + legacy);
        }
      }
      throw new TsuzuriException(source, line, "invalid " + charset.name()
          + " byte sequence at byte " + position + " (pass --encoding if the file uses another"
          + " encoding)");
    }
    out.flip();
    return out.toString();
  }

  private static int lineAt(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The name of a legacy Japanese encoding the bytes decode cleanly in, or null. */
  static String legacyJapanese(byte[] bytes) {
    for (String name : new String[] {"Shift_JIS", "EUC-JP"}) {
      if (!Charset.isSupported(name)) {
        continue;
      }
      try {
        String text = Charset.forName(name).newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
        if (japaneseShare(text) > 0.05) {
          return name;
        }
      } catch (CharacterCodingException e) {
        // not this one
      }
    }
    return null;
  }

  private static double japaneseShare(String text) {
    int japanese = 0;
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      count++;
      if (Cjk.isKanaOrKanji(cp)) {
        japanese++;
      }
    }
    return count == 0 ? 0 : japanese / (double) count;
  }
}
