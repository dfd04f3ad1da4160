package dev.relata.rules.manage;

import dev.relata.metadata.error.RelataException;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.build.RuleFile;
import dev.relata.rules.build.RuleKind;
import dev.relata.rules.store.DraftFile;
import dev.relata.rules.store.RuleRevision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A folder of rule files ({@code RELATA_RULES_DIR}) kept in the working copy and published when it
 * changes, for analysts who write rules in their own editor and keep them in git. The folder and
 * the browser editor share one working copy; for the files the folder holds, the folder wins: a
 * file saved in the folder replaces the working copy's version, and a file removed from the folder
 * is deleted if it came from the folder. Files made in the browser are left alone; the folder is
 * never written to. A change that does not build or whose tests fail is logged with file and line,
 * and the rules in force stay.
 */
public final class RuleFolder implements AutoCloseable {
  /** Editors save in bursts (temporary file, rename, attributes): wait for quiet first. */
  private static final Duration QUIET = Duration.ofMillis(400);

  private static final Logger LOG = Logger.getLogger(RuleFolder.class.getName());

  private final Path root;
  private final RuleAdministration rules;
  private final String author;
  private final RuleAudit audit;
  private final Set<String> known = new HashSet<>();
  private WatchService watcher;
  private Thread thread;

  /** What a sync did: the files it changed, and the revision published or why none was. */
  public record Sync(
      List<String> saved,
      List<String> deleted,
      RuleRevision published,
      List<BuildProblem> problems) {
    public Sync {
      saved = List.copyOf(saved);
      deleted = List.copyOf(deleted);
      problems = List.copyOf(problems);
    }

    public boolean changed() {
      return !saved.isEmpty() || !deleted.isEmpty();
    }
  }

  public RuleFolder(Path root, RuleAdministration rules, String author, RuleAudit audit) {
    this.root = root.toAbsolutePath().normalize();
    this.rules = rules;
    this.author = author;
    this.audit = audit;
  }

  /** Syncs once, then watches the folder and syncs after every burst of changes. */
  public void start() {
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("RELATA_RULES_DIR " + root + " is not a folder");
    }
    try {
      watcher = FileSystems.getDefault().newWatchService();
      registerAll(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch the rules folder " + root, e);
    }
    sync();
    thread = new Thread(this::watch, "relata-rules-folder");
    thread.setDaemon(true);
    thread.start();
    LOG.info(() -> "Watching the rules folder " + root);
  }

  /**
   * Brings the working copy in line with the folder and, if anything changed, publishes it. Never
   * throws for what the files hold: that is logged and answered.
   */
  public synchronized Sync sync() {
    List<String> saved = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    List<BuildProblem> problems = new ArrayList<>();
    Map<String, String> files = read(problems);
    Map<String, DraftFile> working = new TreeMap<>();
    for (RuleFileStatus status : rules.list()) {
      if (!status.state().equals("deleted")) {
        working.put(status.path(), rules.get(status.path()));
      }
    }
    files.forEach(
        (path, content) -> {
          DraftFile current = working.get(path);
          if (current == null || !current.content().equals(content)) {
            try {
              rules.save(path, content, null, author, audit);
              saved.add(path);
            } catch (RelataException e) {
              problems.add(new BuildProblem(path, 0, 0, e.text().english()));
            }
          }
        });
    // A file gone from the folder goes from the working copy if it came from the folder: seen
    // there since start, or last saved by it (so also when it went while Relata was stopped).
    working.forEach(
        (path, draft) -> {
          boolean fromFolder = known.contains(path) || author.equals(draft.updatedBy());
          if (fromFolder && !files.containsKey(path)) {
            rules.delete(path, null, author, audit);
            deleted.add(path);
          }
        });
    known.clear();
    known.addAll(files.keySet());
    RuleRevision published = null;
    if (!saved.isEmpty() || !deleted.isEmpty()) {
      try {
        published = rules.publish(author, audit);
        RuleRevision revision = published;
        LOG.info(
            () ->
                "Published rules revision "
                    + revision.id()
                    + " from the rules folder: "
                    + String.join(", ", saved)
                    + (deleted.isEmpty() ? "" : "; deleted " + String.join(", ", deleted)));
      } catch (RuleProblemsException e) {
        problems.addAll(e.buildProblems());
      } catch (RelataException e) {
        problems.add(new BuildProblem(null, 0, 0, e.text().english()));
      }
    }
    for (BuildProblem problem : problems) {
      LOG.warning(
          () ->
              "Rules folder: "
                  + problem.path()
                  + (problem.line() > 0 ? ":" + problem.line() : "")
                  + (problem.column() > 0 ? ":" + problem.column() : "")
                  + ": "
                  + problem.message()
                  + " (the rules in force are unchanged)");
    }
    return new Sync(saved, deleted, published, problems);
  }

  /** The rule files under the folder by store path; files of other kinds are not rules. */
  private Map<String, String> read(List<BuildProblem> problems) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        Optional<RuleKind> kind = RuleKind.of(path);
        if (kind.isEmpty() || !RuleFile.validPath(path)) {
          continue;
        }
        try {
          byte[] bytes = Files.readAllBytes(file);
          files.put(
              path,
              kind.get().binary()
                  ? Base64.getEncoder().encodeToString(bytes)
                  : StandardCharsets.UTF_8
                      .newDecoder()
                      .decode(java.nio.ByteBuffer.wrap(bytes))
                      .toString());
        } catch (CharacterCodingException e) {
          problems.add(new BuildProblem(path, 0, 0, "the file is not UTF-8 text"));
        } catch (IOException e) {
          problems.add(new BuildProblem(path, 0, 0, "cannot read the file: " + e.getMessage()));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(new BuildProblem(null, 0, 0, "cannot read the rules folder: " + e.getMessage()));
    }
    return files;
  }

  private void watch() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watcher.take();
        drain(key);
        // Wait until the folder is quiet, then sync once for the whole burst.
        WatchKey more;
        while ((more = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        try {
          sync();
        } catch (RuntimeException e) {
          LOG.log(
              Level.SEVERE, "Rules folder: the sync failed; the rules in force are unchanged", e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes a key's events; a new subfolder is watched too. */
  private void drain(WatchKey key) {
    Path folder = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && event.context() instanceof Path name
          && Files.isDirectory(folder.resolve(name))) {
        try {
          registerAll(folder.resolve(name));
        } catch (IOException e) {
          LOG.warning(() -> "Rules folder: cannot watch " + folder.resolve(name) + ": " + e);
        }
      }
    }
    key.reset();
  }

  private void registerAll(Path start) throws IOException {
    try (Stream<Path> folders = Files.walk(start)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        folder.register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  @Override
  public void close() {
    if (thread != null) {
      thread.interrupt();
    }
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.fine(() -> "Closing the rules folder watch: " + e);
      }
    }
  }
}
