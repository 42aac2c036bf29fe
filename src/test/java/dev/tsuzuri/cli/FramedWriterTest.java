package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Output and error lines share one stream as whole, tagged frames. */
class FramedWriterTest {
  @Test
  void linesAreTaggedWholeAndInOrder() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new FramedWriter(sink, 'o'), true);
    PrintWriter err = new PrintWriter(new FramedWriter(sink, 'e'), true);
    out.print("変換し");
    err.println("警告: 画像がない");
    out.println("ました");
    out.print("改行\r\nCRLF\n");
    err.print("終わりに改行なし");
    err.close();
    out.close();
    assertEquals("e 警告: 画像がない\no 変換しました\no 改行\no CRLF\ne 終わりに改行なし\n",
        sink.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aTwoMegabyteLineIsOneFrame() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new FramedWriter(sink, 'o'), true);
    out.println("長".repeat(2_000_000));
    assertEquals(2 + 3 * 2_000_000 + 1, sink.size());
  }
}
