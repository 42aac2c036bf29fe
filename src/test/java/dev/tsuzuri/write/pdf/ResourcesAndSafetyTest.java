package dev.tsuzuri.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.Paragraph;
import dev.tsuzuri.write.Resources;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images come only through Resources; the engine fetches nothing, local or remote. */
class ResourcesAndSafetyTest {
  @TempDir
  Path dir;

  private static int images(PDDocument doc) throws IOException {
    int n = 0;
    for (PDPage page : doc.getPages()) {
      for (COSName name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void figuresAreEmbeddedScaledAndMissingOnesShowAPlaceholder() throws IOException {
    BufferedImage wide = new BufferedImage(3000, 600, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(wide, "png", dir.resolve("wide.png").toFile());
    Document doc = new Document(SeminarNote.metadata(), List.of(
        new Figure("wide.png", "構成図", "", SeminarNote.text("図1 全体の構成"), "", 3),
        new Figure("missing.png", "存在しない図", "", List.of(), "", 5),
        new Paragraph(List.of(new Inline.Image("../outside.png", "外の画像", "")), 7)),
        List.of());
    Files.write(dir.getParent().resolve("outside.png"), Files.readAllBytes(dir.resolve("wide.png")));
    WarningSink w = WarningSink.collecting("note.md");
    byte[] pdf = Render.pdf(doc, PdfOptions.defaults(), w,
        new Resources(dir, List.of(), w));
    Render.keep("figures.pdf", pdf);
    try (PDDocument pd = PdfReadBack.open(pdf)) {
      assertEquals(1, images(pd), "only the image inside the note's folder");
    }
    String flat = PdfReadBack.flat(pdf);
    assertTrue(flat.contains("存在しない図"), flat);
    assertTrue(flat.contains("図1全体の構成"));
    assertTrue(w.warnings().stream().anyMatch(x -> x.line() == 5
        && x.message().contains("missing.png")), "" + w.warnings());
    assertTrue(w.warnings().stream().anyMatch(x -> x.line() == 7), "" + w.warnings());
  }

  @Test
  void nothingIsFetchedEvenWhenStylesheetAndTemplateAskForIt() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50,
        java.net.InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      Path secret = dir.resolve("secret.png");
      ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", secret.toFile());
      Path css = dir.resolve("user.css");
      Files.writeString(css, "@import url(\"" + base + "/a.css\");\n"
          + "body { background-image: url(\"" + base + "/bg.png\"); }\n"
          + "@font-face { font-family: X; src: url(\"" + base + "/x.ttf\"); }\n"
          + "p { font-family: X; background-image: url(\"" + secret.toUri() + "\"); }\n");
      Path template = dir.resolve("t.xhtml");
      Files.writeString(template, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
          + "<link rel=\"stylesheet\" href=\"" + base + "/b.css\"/></head><body>"
          + "<img src=\"" + base + "/c.png\"/><img src=\"" + secret.toUri() + "\"/>"
          + "<main data-tsuzuri=\"content\"/></body></html>", StandardCharsets.UTF_8);
      WarningSink w = WarningSink.collecting("note.md");
      byte[] pdf = Render.pdf(SeminarNote.build(),
          PdfOptions.builder().template(template).css(css).build(), w);
      server.setSoTimeout(300);
      assertThrows(SocketTimeoutException.class, server::accept, "the engine connected");
      try (PDDocument pd = PdfReadBack.open(pdf)) {
        assertEquals(0, images(pd), "no image from the template's file: or http: URLs");
      }
      assertTrue(PdfReadBack.flat(pdf).contains("サーバーレスとは何か"));
    }
  }

  @Test
  void templatesWithADoctypeAreRefused() throws IOException {
    Path template = dir.resolve("xxe.xhtml");
    Files.writeString(template, "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM "
        + "\"file:///etc/passwd\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>&x;"
        + "<main data-tsuzuri=\"content\"/></body></html>");
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> Render.pdf(
        SeminarNote.build(), PdfOptions.builder().template(template).build(),
        WarningSink.collecting("note.md")));
    assertTrue(e.describe().contains("xxe.xhtml"), e.describe());
  }

  @Test
  void aTemplateWithoutAContentSlotIsAClearError() throws IOException {
    Path template = dir.resolve("empty.xhtml");
    Files.writeString(template, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> Render.pdf(
        SeminarNote.build(), PdfOptions.builder().template(template).build(),
        WarningSink.collecting("note.md")));
    assertTrue(e.getMessage().contains("data-tsuzuri=\"content\""), e.getMessage());
  }

  @Test
  void aCustomTemplateAndStylesheetApply() throws IOException {
    Path template = dir.resolve("mine.xhtml");
    Files.writeString(template, "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{{lang}}\">"
        + "<body><p class=\"banner\">社内資料：{{title}}（{{date}}）</p>"
        + "<main data-tsuzuri=\"content\"/></body></html>", StandardCharsets.UTF_8);
    Path css = dir.resolve("mine.css");
    Files.writeString(css, ".banner { font-weight: bold; } h2 { display: none; }");
    byte[] pdf = Render.pdf(SeminarNote.build(),
        PdfOptions.builder().template(template).css(css).build(),
        WarningSink.collecting("note.md"));
    String flat = PdfReadBack.flat(pdf);
    assertTrue(flat.contains("社内資料：[勉強会メモ]クラウド設計カンファレンス2024（2018年3月13日）"), flat);
    assertTrue(!flat.contains("質疑応答"), "user css hides h2");
  }
}
