package dev.tsuzuri.write.png.internal;

import dev.tsuzuri.font.AwtFonts;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.pptx.internal.PptxWriter;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Previews of the PowerPoint decks, drawn by POI itself with the bundled fonts (no office suite
 * needed): a thumbnail per slide, {@code <deck>/slide-NN.png}, and one contact sheet per deck,
 * {@code <deck>-contact.png}, where {@code <deck>} is the deck's file name without ".pptx".
 */
public final class PngWriter implements DocumentWriter {
  /** Width of a slide thumbnail, in pixels. */
  static final int SLIDE_WIDTH = 960;
  /** Width of a slide on the contact sheet, in pixels. */
  static final int SHEET_CELL = 320;
  static final int SHEET_COLUMNS = 4;
  private static final int GAP = 16;
  private static final int LABEL = 22;

  @Override
  public void write(Document document, WriteContext context) throws IOException {
    AwtFonts.register();
    for (PptxWriter.Planned deck : PptxWriter.plan(document, context)) {
      String base = deck.file().substring(0, deck.file().length() - ".pptx".length());
      try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(deck.bytes()))) {
        List<BufferedImage> images = new ArrayList<>();
        int n = 0;
        for (XSLFSlide slide : ppt.getSlides()) {
          BufferedImage img = draw(ppt, slide, SLIDE_WIDTH);
          images.add(img);
          write(img, context, base + String.format("/slide-%02d.png", ++n));
        }
        write(contactSheet(images), context, base + "-contact.png");
      }
    }
  }

  /** One slide drawn at a width in pixels. */
  static BufferedImage draw(XMLSlideShow ppt, XSLFSlide slide, int width) {
    Dimension page = ppt.getPageSize();
    double scale = (double) width / page.width;
    int height = (int) Math.round(page.height * scale);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(Drawable.FONT_HANDLER, new BundledFontManager());
      g.setPaint(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.scale(scale, scale);
      slide.draw(g);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The slides side by side, four to a row, each numbered, on a grey ground. */
  static BufferedImage contactSheet(List<BufferedImage> slides) {
    int cols = Math.max(1, Math.min(SHEET_COLUMNS, slides.size()));
    int rows = Math.max(1, (slides.size() + cols - 1) / cols);
    int cellH = slides.isEmpty() ? 180
        : (int) Math.round((double) slides.get(0).getHeight() * SHEET_CELL
            / slides.get(0).getWidth());
    int w = GAP + cols * (SHEET_CELL + GAP);
    int h = GAP + rows * (cellH + LABEL + GAP);
    BufferedImage sheet = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
          RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setPaint(new Color(0xD5, 0xD9, 0xDE));
      g.fillRect(0, 0, w, h);
      g.setFont(new Font("BIZ UDPGothic", Font.PLAIN, 14));
      for (int i = 0; i < slides.size(); i++) {
        int x = GAP + (i % cols) * (SHEET_CELL + GAP);
        int y = GAP + (i / cols) * (cellH + LABEL + GAP);
        g.drawImage(slides.get(i), x, y, SHEET_CELL, cellH, null);
        g.setPaint(new Color(0x9A, 0xA3, 0xAD));
        g.drawRect(x - 1, y - 1, SHEET_CELL + 1, cellH + 1);
        g.setPaint(new Color(0x33, 0x33, 0x33));
        g.drawString(Integer.toString(i + 1), x, y + cellH + 16);
      }
    } finally {
      g.dispose();
    }
    return sheet;
  }

  private static void write(BufferedImage img, WriteContext context, String name)
      throws IOException {
    try (OutputStream out = context.outputs().open(name)) {
      ImageIO.write(img, "png", out);
    }
  }
}
