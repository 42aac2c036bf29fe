package dev.tsuzuri.testing;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.Outputs;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.Writers;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A real writer on a disk that fills up ({@code -t pdf-diskfull} and so on): its outputs throw
 * {@code IOException("No space left on device")} once a few kilobytes are written, the way a
 * full disk does halfway through a file.
 */
public abstract class DiskFullWriterProvider<O> implements WriterProvider<O> {
  /** Bytes written before the disk is full. */
  static final int ROOM = 256;

  private final String real;

  DiskFullWriterProvider(String real) {
    this.real = real;
  }

  /** The real format's provider, looked up when first needed: not while providers load. */
  @SuppressWarnings("unchecked")
  private WriterProvider<O> provider() {
    return (WriterProvider<O>) Writers.forFormat(real);
  }

  @Override
  public Class<O> optionsType() {
    return provider().optionsType();
  }

  @Override
  public O defaults() {
    return provider().defaults();
  }

  @Override
  public String format() {
    return real + "-diskfull";
  }

  @Override
  public String extension() {
    return provider().extension();
  }

  @Override
  public String description() {
    return real + " on a full disk (tests only)";
  }

  @Override
  public DocumentWriter create() {
    DocumentWriter writer = provider().create();
    return (doc, context) -> writer.write(doc, new WriteContext(context.stem(),
        full(context.outputs()), context.resources(), context.options(), context.warnings(), context.links()));
  }

  private static Outputs full(Outputs outputs) {
    return name -> new FilterOutputStream(outputs.open(name)) {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > ROOM) {
          throw new IOException("No space left on device");
        }
        written += len;
        out.write(b, off, len);
      }
    };
  }

  /** {@code pdf-diskfull}. */
  public static final class Pdf extends DiskFullWriterProvider<Object> {
    public Pdf() {
      super("pdf");
    }
  }

  /** {@code docx-diskfull}. */
  public static final class Docx extends DiskFullWriterProvider<Object> {
    public Docx() {
      super("docx");
    }
  }

  /** {@code pptx-diskfull}. */
  public static final class Pptx extends DiskFullWriterProvider<Object> {
    public Pptx() {
      super("pptx");
    }
  }

  /** {@code json-diskfull}. */
  public static final class Json extends DiskFullWriterProvider<Object> {
    public Json() {
      super("json");
    }
  }
}
