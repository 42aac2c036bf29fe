package dev.tsuzuri.convert.internal;

import dev.tsuzuri.diag.Messages;

import dev.tsuzuri.diag.Warning;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.convert.NoteResult.Status;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.NoteReader;
import dev.tsuzuri.site.Language;
import dev.tsuzuri.site.Publishing;
import dev.tsuzuri.site.Site;
import dev.tsuzuri.site.internal.Sites;
import dev.tsuzuri.site.Unpublished;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.RemoteImages;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Converts one note to every requested format: reads it once, runs each writer into {@link
 * AtomicOutputs}, and keeps the manifest up to date. Skips the formats whose outputs are current.
 * Shared by the batch's worker threads; keeps no per-note state in fields.
 */
public final class NoteConverter {
  private final ConvertRequest request;
  private final Map<String, DocumentWriter> writers;
  private final Map<String, String> optionHashes;
  private final Path output;
  /** Runs a note's formats side by side when there are more cores than notes; or null. */
  private final Executor formatPool;
  /** Links between this run's notes. */
  private final RunLinks links;
  /** The reader of each site's notes, by site folder. */
  private final Map<Path, NoteReader> readers = new java.util.concurrent.ConcurrentHashMap<>();
  /** The Hugo sites of this run's notes, each read once. */
  private final Sites sites;
  /** The time Hugo's publishing rules compare dates with: the start of the run. */
  private final Instant now = Instant.now();

  /**
   * @param request what to do
   * @param writers one writer per requested format, in request order
   * @param formatPool where a note's formats are written side by side, or null to write them one
   *     after the other on the calling thread
   */
  public NoteConverter(ConvertRequest request, Map<String, DocumentWriter> writers,
      Executor formatPool) {
    this(request, writers, formatPool, List.of());
  }

  /**
   * @param request what to do
   * @param writers one writer per requested format, in request order
   * @param formatPool where a note's formats are written side by side, or null
   * @param notes every note of the run: links between them point at each other's outputs
   */
  public NoteConverter(ConvertRequest request, Map<String, DocumentWriter> writers,
      Executor formatPool, List<Note> notes) {
    this.request = request;
    this.links = new RunLinks(notes, request.reader(),
        (meta, site) -> Unpublished.reason(meta, now, included(site)).isEmpty());
    this.writers = writers;
    this.formatPool = formatPool;
    this.output = request.output().toAbsolutePath().normalize();
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String f : writers.keySet()) {
      hashes.put(f, Fingerprint.ofOptions(f, request.options(), request.resourceRoots(),
          request.reader().settings(), request.allowRemote()));
    }
    this.optionHashes = hashes;
    this.sites = !request.siteLookup() ? Sites.none()
        : request.site() != null ? Sites.fixed(request.site()) : Sites.lookingUp();
  }

  /**
   * Converts a note; never throws for a problem with the note.
   *
   * @param note the note
   * @param manifest the output folder's manifest, or null to always convert and record nothing
   */
  public NoteResult convert(Note note, Manifest manifest) {
    long start = System.nanoTime();
    String name = note.file().toString();
    WarningSink warnings = WarningSink.collecting(name);
    String inputHash = null;
    Manifest.Entry old = null;
    List<String> todo = new ArrayList<>(writers.keySet());
    try {
      Site site = sites.forNote(note.file(), warnings).orElse(null);
      Publishing included = included(site);
      if (manifest != null) {
        inputHash = Fingerprint.ofNote(note);
        old = manifest.get(note.key());
        Manifest.Entry usable = request.force() ? null : old;
        if (usable != null && usable.input().equals(inputHash)
            && Dependencies.current(usable.deps())) {
          if (usable.draft() && !included.drafts()) {
            return result(note, Status.DRAFT, List.of(), warnings, null, null, start);
          }
          todo.removeIf(f -> current(usable, f));
          if (todo.isEmpty()) {
            return result(note, Status.UNCHANGED, outputsOf(usable), warnings, null, null, start);
          }
        }
      }
      Document doc = inSiteLanguage(readerFor(site).read(note.file(), warnings), site, note);
      Optional<Unpublished.Reason> skip = Unpublished.reason(doc.metadata(), now, included);
      if (skip.isPresent()) {
        boolean draft = skip.get() == Unpublished.Reason.DRAFT;
        if (manifest != null) {
          // a future or expired note is read again next time: the clock may have moved on
          manifest.put(note.key(), new Manifest.Entry(inputHash, draft, Map.of()));
        }
        Status status = draft ? Status.DRAFT
            : skip.get() == Unpublished.Reason.FUTURE ? Status.FUTURE : Status.EXPIRED;
        return result(note, status, List.of(), warnings, null, null, start);
      }
      Dependencies deps = new Dependencies();
      if (site != null) {
        SiteDependencies.record(site, note.file(), deps);
      }
      return write(note, doc, todo, old, inputHash, manifest, warnings, start, site, deps);
    } catch (Throwable t) {
      Messages.rethrowFatal(t);
      if (manifest != null) {
        manifest.remove(note.key());
      }
      return result(note, Status.FAILED, List.of(), warnings,
          Messages.describe(t, name, null), t, start);
    }
  }

  /** The reader for a site's notes, made once per site: it keeps the site's templates. */
  private NoteReader readerFor(Site site) {
    if (site == null) {
      return request.reader();
    }
    return readers.computeIfAbsent(site.root(), r -> request.reader().forSite(site));
  }

  /** The unpublished notes this run converts: the request's, and the site's own settings. */
  private Publishing included(Site site) {
    return new Publishing(request.drafts(), request.future(), request.expired())
        .or(site == null ? Publishing.HUGO : site.publish());
  }

  /**
   * The document in its language on a multilingual site: the language whose content folder or
   * file-name suffix ({@code index.ja.md}) the note has, as Hugo decides it.
   */
  private static Document inSiteLanguage(Document doc, Site site, Note note) {
    if (site == null) {
      return doc;
    }
    Optional<Language> lang = site.languageOf(note.file());
    if (lang.isEmpty() || lang.get().tag().equals(doc.metadata().lang())) {
      return doc;
    }
    return new Document(doc.metadata().withLang(lang.get().tag()), doc.blocks(),
        doc.footnotes());
  }

  private NoteResult write(Note note, Document doc, List<String> todo, Manifest.Entry old,
      String inputHash, Manifest manifest, WarningSink warnings, long start, Site site,
      Dependencies deps) {
    String name = note.file().toString();
    List<Path> roots = new ArrayList<>(request.resourceRoots());
    if (note.inFolderInput()) {
      roots.add(note.root());
    }
    RemoteImages remote = request.allowRemote() ? RemoteImages.shared() : null;
    Resources resources = new Resources(note.folder(), roots, warnings).withRemote(remote)
        .withSite(site, note.file(), doc.metadata()).withLog(deps::looked);
    Map<String, Manifest.Built> built = new LinkedHashMap<>();
    Map<String, CompletableFuture<Written>> pending = new LinkedHashMap<>();
    if (formatPool != null && todo.size() > 1) {
      // each format with warnings of its own, added in format order below: the report stays
      // the same from run to run
      String last = todo.get(todo.size() - 1);
      Supplier<Written> mine = null;
      for (String format : todo) {
        WarningSink own = WarningSink.collecting(name);
        Resources ownResources = new Resources(note.folder(), roots, own).withRemote(remote)
            .withSite(site, note.file(), doc.metadata()).withLog(deps::looked);
        Supplier<Written> task =
            () -> writeOne(format, note, doc, ownResources, own, site).with(own.warnings());
        if (format.equals(last)) {
          mine = task;
        } else {
          pending.put(format, CompletableFuture.supplyAsync(task, formatPool));
        }
      }
      // the last on this thread, which would otherwise only wait
      pending.put(last, CompletableFuture.completedFuture(mine.get()));
    }
    List<String> errors = new ArrayList<>();
    Throwable cause = null;
    for (String format : writers.keySet()) {
      if (!todo.contains(format)) {
        built.put(format, old.formats().get(format));
        continue;
      }
      CompletableFuture<Written> async = pending.get(format);
      Written w = async == null ? writeOne(format, note, doc, resources, warnings, site)
          : async.join();
      w.warnings().forEach(x -> warnings.warn(x.line(), x.message()));
      if (w.error() == null) {
        built.put(format, new Manifest.Built(optionHashes.get(format), w.files()));
        removeStale(old, format, w.files());
      } else {
        Messages.rethrowFatal(w.error());
        errors.add(Messages.describe(w.error(), name, format));
        cause = cause == null ? w.error() : cause;
      }
    }
    List<Path> outputs = new ArrayList<>();
    built.values().forEach(b -> b.outputs().forEach(o -> outputs.add(shown(o))));
    if (manifest != null) {
      // formats not asked for this time stay recorded while the note is the same
      Map<String, Manifest.Built> recorded = new LinkedHashMap<>();
      Map<String, String> stamps = new LinkedHashMap<>();
      if (old != null && old.input().equals(inputHash) && Dependencies.current(old.deps())) {
        recorded.putAll(old.formats());
        stamps.putAll(old.deps());
      }
      recorded.putAll(built);
      stamps.putAll(deps.stamps());
      manifest.put(note.key(),
          new Manifest.Entry(inputHash, doc.metadata().draft(), recorded, stamps));
    }
    Status status = errors.isEmpty() ? Status.CONVERTED : Status.FAILED;
    return result(note, status, outputs, warnings,
        errors.isEmpty() ? null : String.join("; ", errors), cause, start);
  }

  /** One format's outcome: the files it wrote, or why it wrote none. */
  private record Written(List<String> files, Throwable error, List<Warning> warnings) {
    Written with(List<Warning> own) {
      return new Written(files, error, own);
    }
  }

  /** Writes one format of a note, all or nothing; never throws for a problem with the note. */
  private Written writeOne(String format, Note note, Document doc, Resources resources,
      WarningSink warnings, Site site) {
    AtomicOutputs outputs = new AtomicOutputs(note.outFolder());
    try {
      writers.get(format).write(doc, new WriteContext(note.stem(), outputs, resources,
          request.options(), warnings, links.forNote(note, site, warnings)));
      List<String> files = relative(outputs.commit());
      return new Written(files, null, List.of());
    } catch (Throwable t) {
      outputs.rollback();
      return new Written(List.of(), t, List.of());
    }
  }

  private boolean current(Manifest.Entry old, String format) {
    Manifest.Built b = old.formats().get(format);
    return b != null && b.options().equals(optionHashes.get(format))
        && !b.outputs().isEmpty()
        && b.outputs().stream().allMatch(o -> Files.isRegularFile(output.resolve(o)));
  }

  private List<Path> outputsOf(Manifest.Entry e) {
    List<Path> list = new ArrayList<>();
    for (String f : writers.keySet()) {
      e.formats().get(f).outputs().forEach(o -> list.add(shown(o)));
    }
    return list;
  }

  /** An output as the user would name it: below the output folder as given. */
  private Path shown(String relative) {
    return request.output().resolve(relative);
  }

  /** Deletes the files an earlier run of this format made that this run did not make again. */
  private void removeStale(Manifest.Entry old, String format, List<String> written) {
    if (old == null || old.formats().get(format) == null) {
      return;
    }
    for (String o : old.formats().get(format).outputs()) {
      Path p = output.resolve(o).normalize();
      if (!written.contains(o) && p.startsWith(output)) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a stale file that cannot be deleted does no harm
        }
      }
    }
  }

  private List<String> relative(List<Path> files) {
    List<String> list = new ArrayList<>();
    for (Path f : files) {
      list.add(output.relativize(f.toAbsolutePath().normalize()).toString()
          .replace(f.getFileSystem().getSeparator(), "/"));
    }
    return list;
  }

  private static NoteResult result(Note note, Status status, List<Path> outputs,
      WarningSink warnings, String error, Throwable cause, long start) {
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new NoteResult(note.file(), status, outputs, warnings.warnings(), error, millis, cause);
  }
}
