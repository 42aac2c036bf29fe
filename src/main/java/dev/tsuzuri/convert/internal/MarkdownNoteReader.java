package dev.tsuzuri.convert.internal;

import dev.tsuzuri.TsuzuriException;
import dev.tsuzuri.WarningSink;
import dev.tsuzuri.convert.NoteReader;
import dev.tsuzuri.outline.Document;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * The Markdown reader ({@code dev.tsuzuri.read.MarkdownReader}) as a {@link NoteReader}.
 *
 * <p>Bound reflectively only while the reader is being built on its own branch; once it is on
 * main this becomes a direct call.
 */
public final class MarkdownNoteReader implements NoteReader {
  /** The shared instance. */
  public static final MarkdownNoteReader INSTANCE = new MarkdownNoteReader();

  private volatile Object reader;
  private volatile Method read;
  private volatile Method readString;

  private MarkdownNoteReader() {}

  @Override
  public Document read(Path file, WarningSink warnings) throws IOException {
    bind();
    return call(read, file, warnings);
  }

  /** Reads Markdown text that has no file (images then resolve nowhere). */
  public Document read(String markdown, WarningSink warnings) {
    bind();
    try {
      return call(readString, markdown, warnings);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Document call(Method method, Object input, WarningSink warnings) throws IOException {
    try {
      return (Document) method.invoke(reader, input, warnings);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      if (t instanceof IOException io) {
        throw io;
      }
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(t);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private void bind() {
    if (read != null) {
      return;
    }
    synchronized (this) {
      if (read != null) {
        return;
      }
      try {
        Class<?> options = Class.forName("dev.tsuzuri.read.ReadOptions");
        Class<?> type = Class.forName("dev.tsuzuri.read.MarkdownReader");
        Object defaults = options.getMethod("defaults").invoke(null);
        reader = type.getConstructor(options).newInstance(defaults);
        readString = type.getMethod("read", String.class, WarningSink.class);
        read = type.getMethod("read", Path.class, WarningSink.class);
      } catch (ReflectiveOperationException e) {
        throw new TsuzuriException("this build has no Markdown reader");
      }
    }
  }
}
