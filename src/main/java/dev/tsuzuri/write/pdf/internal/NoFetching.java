package dev.tsuzuri.write.pdf.internal;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.Locale;

/**
 * Shuts every door through which the layout engine could read something: no URI resolves, every
 * protocol's stream factory refuses, and the access control admits only {@code data:} URIs (the
 * images tsuzuri itself inlined after reading them through {@code Resources}). A stylesheet's
 * {@code @import} or {@code url()} therefore fetches nothing, locally or remotely.
 */
public final class NoFetching {
  /** The base URI handed to the engine; it names nothing that can be read. */
  public static final String BASE_URI = "tsuzuri:/document";

  private NoFetching() {}

  /** Installs the guards on a builder. */
  public static void install(PdfRendererBuilder builder) {
    FSStreamFactory refuse = url -> new FSStream() {
      @Override
      public java.io.InputStream getStream() {
        return null;
      }

      @Override
      public java.io.Reader getReader() {
        return null;
      }
    };
    builder.useHttpStreamImplementation(refuse);
    builder.useProtocolsStreamImplementation(refuse, "file", "http", "https", "ftp", "jar",
        "tsuzuri", "classpath", "jrt", "mailto");
    builder.useUriResolver((base, uri) -> uri != null && isData(uri) ? uri : null);
    builder.useExternalResourceAccessControl((uri, type) -> uri != null && isData(uri),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl((uri, type) -> uri != null && isData(uri),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
  }

  private static boolean isData(String uri) {
    return uri.trim().toLowerCase(Locale.ROOT).startsWith("data:");
  }
}
