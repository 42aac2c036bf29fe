package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Footnote;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.write.DateStyle;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.LinkResolver;
import dev.tsuzuri.write.Resources;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds a standalone XHTML page (a W3C DOM) from an outline {@link Document}: the one
 * model-to-markup step shared by the HTML writer, which serialises it, and the PDF writer, which
 * hands it to the layout engine.
 */
public final class HtmlDom {
  private HtmlDom() {}

  /**
   * How to build the page.
   *
   * @param paged true for the PDF engine: adds {@code <bookmarks>}, drops links a PDF cannot
   *     resolve
   * @param toc whether to fill the table-of-contents slot
   * @param template the page structure
   * @param stylesheets CSS texts, in cascade order, put in {@code <style>} elements
   * @param fallbackTitle the page title when the note has neither a title nor a heading (the
   *     output's file name)
   */
  public record Settings(boolean paged, boolean toc, PageTemplate template,
      List<String> stylesheets, String fallbackTitle) {
    public Settings {
      stylesheets = List.copyOf(stylesheets);
      fallbackTitle = fallbackTitle == null ? "" : fallbackTitle;
    }

    /** Settings without a fallback title. */
    public Settings(boolean paged, boolean toc, PageTemplate template, List<String> stylesheets) {
      this(paged, toc, template, stylesheets, "");
    }

    /** The title to show for a document. */
    public String titleOf(Document doc) {
      return doc.title().isBlank() ? fallbackTitle : doc.title();
    }
  }

  /**
   * Builds the page.
   *
   * @param doc the outline
   * @param settings how
   * @param resources where images come from (they are inlined as {@code data:} URIs)
   * @param warnings where approximations are reported
   */
  public static org.w3c.dom.Document build(Document doc, Settings settings, Resources resources,
      WarningSink warnings) {
    return build(doc, settings, resources, warnings,
        new LinkPolicy(LinkResolver.NONE, warnings, settings.paged() ? "pdf" : "html"));
  }

  /**
   * Builds the page with a link policy that knows the other notes of the run.
   *
   * @param links which link targets become {@code href}s (PDF link annotations when paged)
   */
  public static org.w3c.dom.Document build(Document doc, Settings settings, Resources resources,
      WarningSink warnings, LinkPolicy links) {
    org.w3c.dom.Document page = settings.template().instantiate();
    Dom dom = new Dom(page);
    BuildContext ctx = new BuildContext(dom, resources, warnings, settings.paged(), links);
    Metadata meta = doc.metadata();
    String lang = meta.lang().isBlank() ? "und" : meta.lang();
    Map<String, String> vars = Map.of(
        "title", settings.titleOf(doc),
        "lang", lang,
        "date", formattedDate(meta),
        "author", String.join(", ", meta.authors()),
        "description", meta.description(),
        "tags", String.join(", ", meta.tags()));
    substitute(page.getDocumentElement(), vars);

    Element html = page.getDocumentElement();
    if (!html.hasAttribute("lang") || html.getAttribute("lang").isBlank()) {
      html.setAttribute("lang", lang);
    }
    head(dom, html, doc, settings);

    Element content = PageTemplate.slot(page, "content");
    boolean titleHeading = PageTemplate.slot(page, "title-block") != null
        && !meta.title().isBlank();
    ctx.headingBase(titleHeading ? 1 : 0);
    ctx.japanese(meta.isJapanese());
    BlockBuilder.append(ctx, content, doc.blocks());
    fill(PageTemplate.slot(page, "title-block"), el -> titleBlock(ctx, el, doc));
    fill(PageTemplate.slot(page, "toc"),
        el -> settings.toc() && toc(dom, el, doc, ctx));
    fill(PageTemplate.slot(page, "footnotes"), el -> footnotes(ctx, el, doc.footnotes()));
    if (settings.paged()) {
      // browsers apply kinsoku across elements themselves; the PDF engine needs help
      Kinsoku.glue(page.getDocumentElement());
    }
    return page;
  }

  /** The front-matter date in the document's language ("2018年3月13日" for ja), or "". */
  public static String formattedDate(Metadata meta) {
    return DateStyle.date(meta);
  }

  private interface Filler {
    boolean fill(Element slot);
  }

  /** Fills a slot, or removes it when there is nothing to put in. */
  private static void fill(Element slot, Filler filler) {
    if (slot == null) {
      return;
    }
    if (!filler.fill(slot)) {
      slot.getParentNode().removeChild(slot);
    } else {
      slot.removeAttribute("data-tsuzuri");
    }
  }

  private static void head(Dom dom, Element html, Document doc, Settings settings) {
    Element head = first(html, "head");
    if (head == null) {
      head = dom.element("head");
      html.insertBefore(head, html.getFirstChild());
    }
    if (!settings.paged()) {
      Element charset = dom.element("meta");
      charset.setAttribute("charset", "utf-8");
      head.insertBefore(charset, head.getFirstChild());
    }
    Element title = first(head, "title");
    if (title == null) {
      dom.add(head, "title", null, settings.titleOf(doc));
    }
    Metadata meta = doc.metadata();
    meta(dom, head, "author", String.join(", ", meta.authors()));
    meta(dom, head, "subject", meta.description());
    meta(dom, head, "description", meta.description());
    meta(dom, head, "keywords", String.join(", ", meta.tags()));
    meta(dom, head, "generator", "tsuzuri");
    for (String css : settings.stylesheets()) {
      dom.add(head, "style", null, css);
    }
    if (settings.paged()) {
      Element marks = dom.add(head, "bookmarks");
      bookmarks(dom, marks, doc.blocks());
    }
  }

  private static void meta(Dom dom, Element head, String name, String content) {
    if (content.isBlank()) {
      return;
    }
    Element m = dom.add(head, "meta");
    m.setAttribute("name", name);
    m.setAttribute("content", XmlChars.clean(content));
  }

  private static void bookmarks(Dom dom, Element parent, List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        Element mark = dom.add(parent, "bookmark");
        String name = s.titleText().replaceAll("\\s+", " ").trim();
        mark.setAttribute("name", XmlChars.clean(name.isEmpty() ? "(" + s.id() + ")" : name));
        mark.setAttribute("href", "#" + XmlChars.clean(s.id()));
        bookmarks(dom, mark, s.blocks());
      }
    }
  }

  private static boolean titleBlock(BuildContext ctx, Element slot, Document doc) {
    Dom dom = ctx.dom();
    Metadata meta = doc.metadata();
    boolean any = cover(ctx, slot, meta);
    if (!meta.title().isBlank()) {
      dom.add(slot, "h1", "title", meta.title());
      any = true;
    }
    if (!meta.description().isBlank()) {
      dom.add(slot, "p", "description", meta.description());
      any = true;
    }
    String date = DateStyle.dateLine(meta);
    if (!date.isEmpty() || !meta.authors().isEmpty()) {
      Element byline = dom.add(slot, "p", "byline");
      if (!meta.authors().isEmpty()) {
        dom.add(byline, "span", "author", String.join(", ", meta.authors()));
      }
      if (!date.isEmpty()) {
        dom.add(byline, "span", "date", date);
      }
      any = true;
    }
    if (!meta.tags().isEmpty()) {
      Element tags = dom.add(slot, "p", "tags");
      for (String t : meta.tags()) {
        dom.add(tags, "span", "tag", t);
        dom.text(tags, " ");
      }
      any = true;
    }
    return any;
  }

  /** The front matter's cover picture at the head of the title block, when it can be read. */
  private static boolean cover(BuildContext ctx, Element slot, Metadata meta) {
    if (!meta.hasCover()) {
      return false;
    }
    // front matter has no lines of its own: warnings name the note's first line
    java.util.Optional<String> uri = ctx.imageUri(meta.cover(), 1);
    if (uri.isEmpty()) {
      return false;
    }
    Element box = ctx.dom().add(slot, "div", "cover");
    Element img = ctx.dom().add(box, "img");
    img.setAttribute("src", uri.get());
    img.setAttribute("alt", XmlChars.clean(meta.title().isBlank()
        ? meta.cover().substring(meta.cover().lastIndexOf('/') + 1) : meta.title()));
    return true;
  }

  private static boolean toc(Dom dom, Element slot, Document doc, BuildContext ctx) {
    if (doc.blocks().stream().noneMatch(b -> b instanceof Section)) {
      return false;
    }
    dom.add(slot, "p", "toc-title", doc.metadata().isJapanese() ? "目次" : "Contents");
    tocList(dom, slot, doc.blocks(), ctx, 1);
    return true;
  }

  private static void tocList(Dom dom, Element parent, List<Block> blocks, BuildContext ctx,
      int depth) {
    Element ul = null;
    for (Block b : blocks) {
      if (b instanceof Section s) {
        if (ul == null) {
          ul = dom.add(parent, "ul");
        }
        Element li = dom.add(ul, "li", "toc-level" + s.level());
        Element a = dom.add(li, "a");
        a.setAttribute("href", "#" + XmlChars.clean(s.id()));
        dom.text(a, s.titleText());
        if (depth < 3) {
          tocList(dom, li, s.blocks(), ctx, depth + 1);
        }
      }
    }
  }

  private static boolean footnotes(BuildContext ctx, Element slot, List<Footnote> notes) {
    if (notes.isEmpty()) {
      return false;
    }
    Dom dom = ctx.dom();
    dom.add(slot, "hr", "footnotes-rule");
    Element ol = dom.add(slot, "ol");
    for (Footnote f : notes) {
      Element li = dom.add(ol, "li");
      li.setAttribute("id", "fn-" + f.number());
      li.setAttribute("value", Integer.toString(f.number()));
      BlockBuilder.append(ctx, li, f.blocks());
      Element back = dom.add(li, "a", "footnote-back");
      back.setAttribute("href", "#fnref-" + f.number());
      dom.text(back, "↑");
    }
    return true;
  }

  private static Element first(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  /** Replaces {{name}} variables in the template's text and attribute values. */
  private static void substitute(Node node, Map<String, String> vars) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      String v = node.getNodeValue();
      if (v.contains("{{")) {
        node.setNodeValue(XmlChars.clean(replace(v, vars)));
      }
      return;
    }
    if (node instanceof Element e) {
      NamedNodeMap attrs = e.getAttributes();
      for (int i = 0; i < attrs.getLength(); i++) {
        Node a = attrs.item(i);
        if (a.getNodeValue().contains("{{")) {
          a.setNodeValue(XmlChars.clean(replace(a.getNodeValue(), vars)));
        }
      }
    }
    NodeList kids = node.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      substitute(kids.item(i), vars);
    }
  }

  private static String replace(String text, Map<String, String> vars) {
    String out = text;
    for (Map.Entry<String, String> v : vars.entrySet()) {
      out = out.replace("{{" + v.getKey() + "}}", v.getValue());
    }
    return out;
  }
}
