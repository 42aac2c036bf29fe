package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import java.io.ByteArrayOutputStream;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlOptions;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Finds styles by their name, as Word's UI shows them, and gives the id to write. A localized
 * Word saves "heading 1" under the id {@code 1} (Japanese) or {@code Titre1} (French), so ids are
 * never assumed. A style the template lacks is copied from tsuzuri's reference document, with a
 * warning.
 */
public final class StyleMap {
  /**
   * A template's styles as names and ids, read once per template.
   *
   * @param idsByName style id by lower-cased name, the first style of a name winning
   * @param ids every style id
   */
  record Known(Map<String, String> idsByName, Set<String> ids) {}

  private final WarningSink warnings;
  private final Map<String, String> idsByName;
  private final Set<String> ids;
  /** The template's real styles part, until a style has to be added to it. */
  private byte[] notLoaded;
  /** The styles once loaded to add to them, else null. */
  private CTStyles styles;
  private CTStyles defaults;

  /**
   * Styles known in advance; the template's real part is parsed only if a style has to be
   * added to it.
   *
   * @param known the template's style names and ids
   * @param realStyles the template's styles part as POI saved it
   */
  StyleMap(Known known, byte[] realStyles, WarningSink warnings) {
    this.warnings = warnings;
    this.idsByName = new HashMap<>(known.idsByName());
    this.ids = new HashSet<>(known.ids());
    this.notLoaded = realStyles;
  }

  /** The names and ids of these styles. */
  static Known known(XWPFStyles styles) {
    Map<String, String> idsByName = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (XWPFStyle style : styles.getStyles()) {
      String id = style.getStyleId();
      if (id == null) {
        continue;
      }
      ids.add(id);
      String name = style.getName();
      if (name != null) {
        idsByName.putIfAbsent(key(name), id);
      }
    }
    return new Known(Map.copyOf(idsByName), Set.copyOf(ids));
  }

  /** Whether styles were added, so the document writes its own styles part. */
  boolean loaded() {
    return notLoaded == null;
  }

  /** The id of the style with this name, copying tsuzuri's definition in when it is missing. */
  public String id(String name) {
    String id = idsByName.get(key(name));
    if (id != null) {
      return id;
    }
    return importDefault(name, true);
  }

  /** True when the document already has a style of this name. */
  public boolean has(String name) {
    return idsByName.containsKey(key(name));
  }

  /**
   * The styles part with the styles added and the note's language set, saved as POI saves it;
   * only when styles were added ({@link #loaded}).
   */
  byte[] part(String language) throws IOException {
    DocumentSetup.languageAndFonts(styles, language);
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(
        new QName(CTStyles.type.getName().getNamespaceURI(), "styles"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    styles.save(out, options);
    return out.toByteArray();
  }

  private String importDefault(String name, boolean warn) {
    CTStyle def = defaultStyle(name);
    if (def == null) {
      throw new IllegalStateException("tsuzuri's reference document has no style " + name);
    }
    CTStyle copy = (CTStyle) def.copy();
    String id = def.getStyleId();
    while (ids.contains(id)) {
      id = "Tsuzuri" + id;
    }
    load();
    copy.setStyleId(id);
    ids.add(id);
    idsByName.put(key(name), id);
    if (copy.isSetBasedOn()) {
      String base = nameOfDefault(copy.getBasedOn().getVal());
      if (base == null) {
        copy.unsetBasedOn();
      } else {
        copy.getBasedOn().setVal(has(base) ? idsByName.get(key(base)) : importDefault(base, false));
      }
    }
    if (copy.isSetNext()) {
      String next = nameOfDefault(copy.getNext().getVal());
      if (next != null && has(next)) {
        copy.getNext().setVal(idsByName.get(key(next)));
      } else {
        copy.unsetNext();
      }
    }
    if (copy.isSetLink()) {
      copy.unsetLink();
    }
    styles.addNewStyle().set(copy);
    if (warn) {
      warnings.warn("the template has no style \"" + name + "\": using tsuzuri's");
    }
    return id;
  }

  /** Puts the template's real styles into the document before one is added to them. */
  private void load() {
    if (notLoaded == null) {
      return;
    }
    try {
      styles = StylesDocument.Factory.parse(new ByteArrayInputStream(notLoaded),
          POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles();
    } catch (XmlException | IOException e) {
      throw new TsuzuriException("cannot read the template's styles: " + e.getMessage());
    }
    notLoaded = null;
  }

  private CTStyle defaultStyle(String name) {
    for (CTStyle s : defaults().getStyleList()) {
      if (s.isSetName() && key(s.getName().getVal()).equals(key(name))) {
        return s;
      }
    }
    return null;
  }

  private String nameOfDefault(String id) {
    for (CTStyle s : defaults().getStyleList()) {
      if (id.equals(s.getStyleId()) && s.isSetName()) {
        return s.getName().getVal();
      }
    }
    return null;
  }

  private CTStyles defaults() {
    if (defaults == null) {
      try {
        defaults = StylesDocument.Factory.parse(
            new ByteArrayInputStream(ReferenceDocx.part("word/styles.xml")),
            POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getStyles();
      } catch (XmlException | IOException e) {
        throw new TsuzuriException("tsuzuri's reference styles are broken: " + e.getMessage());
      }
    }
    return defaults;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
