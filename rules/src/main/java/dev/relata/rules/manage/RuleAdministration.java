package dev.relata.rules.manage;

import dev.relata.metadata.access.AccessPolicy;
import dev.relata.metadata.catalog.Catalog;
import dev.relata.metadata.catalog.MetadataService;
import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.metadata.model.TextRules;
import dev.relata.metadata.sql.DataAccessException;
import dev.relata.metadata.sql.Database;
import dev.relata.rules.api.PeopleDirectory;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.build.BuildResult;
import dev.relata.rules.build.CompilerWarmUp;
import dev.relata.rules.build.RuleBase;
import dev.relata.rules.build.RuleBuilder;
import dev.relata.rules.build.RuleFile;
import dev.relata.rules.build.RuleKind;
import dev.relata.rules.facts.FactTypeNames;
import dev.relata.rules.run.LiveRuleEngine;
import dev.relata.rules.store.DraftFile;
import dev.relata.rules.store.RuleRepository;
import dev.relata.rules.store.RuleRepository.RevisionChanges;
import dev.relata.rules.store.RuleRevision;
import dev.relata.rules.verify.RuleTestResult;
import dev.relata.rules.verify.RuleTestRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rules' working copy, revisions and the base in force. Publishing builds the working copy off
 * to the side and swaps it in only if it builds; requests already running finish on the base they
 * started with. One publish or rollback runs at a time; a second one meanwhile is told so (409).
 */
public final class RuleAdministration {
  /** The largest rule file, in characters of text (Base64 for binary kinds). */
  public static final int MAX_FILE_CHARS = 2 * 1024 * 1024;

  /** The most files the working copy may hold. */
  public static final int MAX_FILES = 1000;

  private static final Logger LOG = Logger.getLogger(RuleAdministration.class.getName());

  private final Database database;
  private final MetadataService metadata;
  private final PeopleDirectory directory;
  private final RuleRepository repository = new RuleRepository();
  private final LiveRuleEngine engine;
  private final ReentrantLock changing = new ReentrantLock();
  private final Supplier<AccessPolicy> policy;

  /**
   * @param directory where rule tests find the users they expect records to be assigned to
   */
  public RuleAdministration(
      Database database, MetadataService metadata, PeopleDirectory directory) {
    this(database, metadata, directory, () -> AccessPolicy.EMPTY);
  }

  /**
   * @param directory where rule tests find the users they expect records to be assigned to
   * @param policy the access policy in force, whose matrix every build compiles as generated rules
   */
  public RuleAdministration(
      Database database,
      MetadataService metadata,
      PeopleDirectory directory,
      Supplier<AccessPolicy> policy) {
    this.database = database;
    this.metadata = metadata;
    this.directory = directory;
    this.policy = policy;
    this.engine = new LiveRuleEngine(loadInForce(metadata.catalog()));
    metadata.addGuard(this::refuseBreaking);
    metadata.addListener(this::rebuildFor);
  }

  /** The engine writes run: the base in force, swapped on publish, rollback and metadata change. */
  public LiveRuleEngine engine() {
    return engine;
  }

  // ---- the working copy ----

  public List<RuleFileStatus> list() {
    return database.read(
        c -> {
          Long active = repository.active(c);
          Map<String, String> published = active == null ? Map.of() : repository.files(c, active);
          List<RuleFileStatus> files = new ArrayList<>();
          for (DraftFile draft : repository.drafts(c)) {
            files.add(status(draft, published));
          }
          return files;
        });
  }

  public DraftFile get(String path) {
    checkPath(path);
    return database
        .read(c -> repository.draft(c, path))
        .orElseThrow(() -> RelataException.notFound("rule.file.not_found", path));
  }

  /** How a file of the working copy stands; empty if there is no such file, even deleted. */
  public Optional<RuleFileStatus> status(String path) {
    checkPath(path);
    return database.read(
        c -> {
          Optional<DraftFile> draft = repository.draft(c, path);
          if (draft.isEmpty()) {
            return Optional.empty();
          }
          Long active = repository.active(c);
          Map<String, String> published = active == null ? Map.of() : repository.files(c, active);
          return Optional.of(status(draft.get(), published));
        });
  }

  /**
   * Saves a file of the working copy. With {@code version}, only if the file is still at that
   * version (else 409); without, whatever it holds. Binary kinds take Base64.
   */
  public RuleFileStatus save(
      String path, String content, Long version, String author, RuleAudit audit) {
    checkPath(path);
    checkContent(path, content);
    return database.transaction(
        c -> {
          Optional<DraftFile> existing = repository.draft(c, path);
          Instant now = Instant.now();
          if (existing.isEmpty()) {
            if (version != null && version != 0) {
              throw RelataException.conflict("rule.file.stale", path);
            }
            if (repository.drafts(c).size() >= MAX_FILES) {
              throw RelataException.invalid("path", "too_many", "rule.file.too_many", MAX_FILES);
            }
            try {
              repository.insertDraft(c, path, content, author, now);
            } catch (DataAccessException e) {
              throw RelataException.conflict("rule.file.stale", path);
            }
          } else {
            long expected = version == null ? existing.get().version() : version;
            if (!repository.updateDraft(c, path, content, false, expected, author, now)) {
              throw RelataException.conflict("rule.file.stale", path);
            }
          }
          audit.record(
              c,
              "rules.file_save",
              path,
              existing.filter(d -> !d.deleted()).map(d -> summary(d.content())).orElse(null),
              summary(content));
          DraftFile saved = repository.draft(c, path).orElseThrow();
          Long active = repository.active(c);
          return status(saved, active == null ? Map.of() : repository.files(c, active));
        });
  }

  /** Marks a file deleted; it leaves the rules in force at the next publish. */
  public void delete(String path, Long version, String author, RuleAudit audit) {
    checkPath(path);
    database.execute(
        c -> {
          DraftFile existing =
              repository
                  .draft(c, path)
                  .filter(d -> !d.deleted())
                  .orElseThrow(() -> RelataException.notFound("rule.file.not_found", path));
          long expected = version == null ? existing.version() : version;
          if (!repository.updateDraft(
              c, path, existing.content(), true, expected, author, Instant.now())) {
            throw RelataException.conflict("rule.file.stale", path);
          }
          audit.record(c, "rules.file_delete", path, summary(existing.content()), null);
        });
  }

  // ---- validate, publish, roll back ----

  /** Builds the working copy against today's metadata and reads its tests; nothing changes. */
  public List<BuildProblem> validate() {
    SortedMap<String, String> files = workingCopy();
    List<BuildProblem> problems = new ArrayList<>(build(files, 0).problems());
    problems.addAll(RuleTests.of(files).problems());
    return problems;
  }

  /**
   * Builds the working copy and runs its rule tests on it; nothing changes. When it does not build,
   * the problems say why and no test runs.
   */
  public RuleTestRun runTests() {
    SortedMap<String, String> files = workingCopy();
    BuildResult result = build(files, 0);
    RuleTests tests = RuleTests.of(files);
    List<BuildProblem> problems = new ArrayList<>(result.problems());
    problems.addAll(tests.problems());
    if (!result.ok()) {
      return new RuleTestRun(problems, List.of());
    }
    return new RuleTestRun(problems, run(result.base(), tests));
  }

  /**
   * Puts the working copy in force as a new revision, if it builds. 422 with every problem if it
   * does not; 409 if another publish or rollback is running, or if nothing changed.
   */
  public RuleRevision publish(String author, RuleAudit audit) {
    return exclusively(
        () -> {
          RuleBase inForce = engine.current();
          SortedMap<String, String> files = workingCopy();
          BuildResult result = build(files, 0);
          if (!result.ok()) {
            throw new RuleProblemsException(
                ErrorKind.UNPROCESSABLE,
                Message.of("rule.publish.problems", result.problems().size()),
                result.problems());
          }
          requireTestsPass(
              result.base(), files, count -> Message.of("rule.publish.tests_failed", count));
          return commit(
              inForce, files, result, author, audit, null, "rules.publish", "Published rules");
        });
  }

  /** Puts a revision's files back in force as a new revision (and in the working copy). */
  public RuleRevision rollback(long revisionId, String author, RuleAudit audit) {
    return exclusively(
        () -> {
          RuleBase inForce = engine.current();
          SortedMap<String, String> files =
              database.read(
                  c -> {
                    if (repository.revision(c, revisionId).isEmpty()) {
                      throw RelataException.notFound("rule.revision.not_found", revisionId);
                    }
                    return repository.files(c, revisionId);
                  });
          BuildResult result = build(files, 0);
          if (!result.ok()) {
            throw new RuleProblemsException(
                ErrorKind.UNPROCESSABLE,
                Message.of("rule.rollback.problems", revisionId, result.problems().size()),
                result.problems());
          }
          requireTestsPass(
              result.base(),
              files,
              count -> Message.of("rule.rollback.tests_failed", revisionId, count));
          return commit(
              inForce,
              files,
              result,
              author,
              audit,
              revisionId,
              "rules.rollback",
              "Rolled back to revision " + revisionId);
        });
  }

  /**
   * Refuses (422) rules whose tests cannot be read or do not pass, each failure as a problem at the
   * test's line.
   */
  private void requireTestsPass(
      RuleBase base,
      SortedMap<String, String> files,
      java.util.function.IntFunction<Message> refusal) {
    RuleTests tests = RuleTests.of(files);
    if (!tests.problems().isEmpty()) {
      throw new RuleProblemsException(
          ErrorKind.UNPROCESSABLE,
          Message.of("rule.publish.problems", tests.problems().size()),
          tests.problems());
    }
    List<BuildProblem> failures = new ArrayList<>();
    long failed = 0;
    for (RuleTestResult result : run(base, tests)) {
      if (!result.passed()) {
        failed++;
        for (Message failure : result.failures()) {
          failures.add(
              new BuildProblem(
                  result.path(),
                  result.line(),
                  0,
                  Message.of("rule.test.failing", result.name(), failure).english()));
        }
      }
    }
    if (failed > 0) {
      throw new RuleProblemsException(
          ErrorKind.UNPROCESSABLE, refusal.apply((int) failed), failures);
    }
  }

  private List<RuleTestResult> run(RuleBase base, RuleTests tests) {
    if (tests.tests().isEmpty()) {
      return List.of();
    }
    return database.read(c -> RuleTestRunner.run(base, tests.tests(), directory.on(c)));
  }

  private RuleRevision commit(
      RuleBase inForce,
      SortedMap<String, String> files,
      BuildResult result,
      String author,
      RuleAudit audit,
      Long rolledBackTo,
      String action,
      String summary) {
    RuleRevision revision =
        database.transaction(
            c -> {
              Long active = repository.lockActive(c);
              if (!Objects.equals(active, inForce.revision() == 0 ? null : inForce.revision())) {
                throw RelataException.conflict("rule.publish.concurrent");
              }
              SortedMap<String, String> before =
                  active == null ? new TreeMap<>() : repository.files(c, active);
              RevisionChanges changes = RevisionChanges.between(before, files);
              if (changes.none() && rolledBackTo == null) {
                throw RelataException.conflict("rule.publish.nothing");
              }
              Instant now = Instant.now();
              long id =
                  repository.addRevision(
                      c,
                      author,
                      summary,
                      changes,
                      rolledBackTo,
                      result.base().ruleCount(),
                      files,
                      now);
              repository.setActive(c, id);
              repository.resetDrafts(c, files, author, now);
              audit.record(
                  c,
                  action,
                  "revision " + id,
                  active == null ? null : Map.of("revision", active),
                  changes);
              return repository.revision(c, id).orElseThrow();
            });
    RuleBase built = result.base();
    engine.swap(
        new RuleBase(
            revision.id(), built.catalog(), built.files(), built.kieBase(), built.ruleCount()));
    return revision;
  }

  private <T> T exclusively(java.util.function.Supplier<T> work) {
    if (!changing.tryLock()) {
      throw RelataException.conflict("rule.publish.concurrent");
    }
    try {
      return work.get();
    } finally {
      changing.unlock();
    }
  }

  // ---- revisions ----

  public List<RuleRevision> revisions(int page, int size) {
    return database.read(c -> repository.revisions(c, size, (long) page * size));
  }

  public long countRevisions() {
    return database.read(repository::countRevisions);
  }

  /** The revision in force, or null before the first publish. */
  public Long activeRevision() {
    return database.read(repository::active);
  }

  /** A revision with the diff of each file it changed against the revision before it. */
  public RevisionDetail revision(long id) {
    return database.read(
        c -> {
          RuleRevision revision =
              repository
                  .revision(c, id)
                  .orElseThrow(() -> RelataException.notFound("rule.revision.not_found", id));
          SortedMap<String, String> after = repository.files(c, id);
          Optional<Long> previous = repository.previous(c, id);
          SortedMap<String, String> before =
              previous.isPresent() ? repository.files(c, previous.get()) : new TreeMap<>();
          return RevisionDetail.of(revision, previous.orElse(null), before, after);
        });
  }

  /**
   * Builds and runs throw-away rules over the current metadata so that an analyst's first publish
   * after a start finds a warm compiler ({@link CompilerWarmUp}); returns the problems of the last
   * round (none expected).
   */
  public List<BuildProblem> warmUpCompiler(int rounds) {
    return CompilerWarmUp.run(metadata.catalog(), rounds);
  }

  // ---- metadata ----

  /**
   * Rebuilds the base in force against changed metadata, so new entities and fields are usable at
   * once. If the published rules no longer build, the base in force stays and the problem is logged
   * (a change that breaks a rule is refused before it happens, see {@link #problemsWith(Catalog)}).
   */
  /**
   * Rebuilds the base in force with the access policy now in force, so that a change to the
   * permission matrix decides the next request.
   */
  public void accessPolicyChanged() {
    rebuildFor(metadata.catalog());
  }

  private void rebuildFor(Catalog catalog) {
    changing.lock();
    try {
      RuleBase inForce = engine.current();
      BuildResult result =
          RuleBuilder.build(catalog, policy.get(), inForce.files(), inForce.revision());
      if (result.ok()) {
        engine.swap(result.base());
      } else {
        LOG.log(
            Level.SEVERE,
            "The published rules no longer build against the changed metadata; the rules in"
                + " force stay as they were: {0}",
            result.problems());
      }
    } finally {
      changing.unlock();
    }
  }

  /**
   * Refuses a metadata change that would leave an entity without a fact type of its own (422 on its
   * name) or the published rules unable to build (409 naming each file and line).
   */
  private void refuseBreaking(Catalog candidate) {
    FactTypeNames.firstClash(candidate.active())
        .ifPresent(
            clash -> {
              throw clash.other() == null
                  ? RelataException.invalid(
                      "name", "reserved", "rule.fact_type.reserved", clash.entity(), clash.type())
                  : RelataException.invalid(
                      "name",
                      "duplicate",
                      "rule.fact_type.taken",
                      clash.entity(),
                      clash.type(),
                      clash.other());
            });
    List<BuildProblem> problems = problemsWith(candidate);
    if (!problems.isEmpty()) {
      BuildProblem first = problems.get(0);
      throw new RuleProblemsException(
          ErrorKind.CONFLICT,
          Message.of(
              "rule.metadata.breaks",
              String.valueOf(first.path()),
              first.line(),
              first.message(),
              problems.size()),
          problems);
    }
  }

  /** What the rules in force would make of {@code catalog}: problems if they would not build. */
  public List<BuildProblem> problemsWith(Catalog catalog) {
    RuleBase inForce = engine.current();
    if (inForce.files().isEmpty()) {
      return List.of();
    }
    return RuleBuilder.build(catalog, policy.get(), inForce.files(), inForce.revision()).problems();
  }

  // ---- helpers ----

  private RuleBase loadInForce(Catalog catalog) {
    record Published(Long revision, SortedMap<String, String> files) {}
    Published published =
        database.read(
            c -> {
              Long active = repository.active(c);
              return new Published(
                  active, active == null ? new TreeMap<>() : repository.files(c, active));
            });
    long revision = published.revision() == null ? 0 : published.revision();
    BuildResult result =
        RuleBuilder.build(catalog, policy.get(), files(published.files()), revision);
    if (result.ok()) {
      return result.base();
    }
    LOG.log(
        Level.SEVERE,
        "The published rules (revision {0}) do not build against the metadata; Relata runs"
            + " without rules until they are fixed and published: {1}",
        new Object[] {revision, result.problems()});
    return RuleBuilder.build(catalog, policy.get(), List.of(), revision).base();
  }

  private SortedMap<String, String> workingCopy() {
    SortedMap<String, String> files = new TreeMap<>();
    database.read(
        c -> {
          for (DraftFile draft : repository.drafts(c)) {
            if (!draft.deleted()) {
              files.put(draft.path(), draft.content());
            }
          }
          return null;
        });
    return files;
  }

  private BuildResult build(SortedMap<String, String> files, long revision) {
    return RuleBuilder.build(metadata.catalog(), policy.get(), files(files), revision);
  }

  private static List<RuleFile> files(SortedMap<String, String> files) {
    return files.entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
  }

  private static RuleFileStatus status(DraftFile draft, Map<String, String> published) {
    String state;
    if (draft.deleted()) {
      state = "deleted";
    } else if (draft.content().equals(published.get(draft.path()))) {
      state = "published";
    } else {
      state = "draft";
    }
    return new RuleFileStatus(
        draft.path(),
        RuleKind.of(draft.path()).orElseThrow(),
        state,
        draft.version(),
        draft.updatedAt(),
        draft.updatedBy(),
        draft.content().length());
  }

  private static void checkPath(String path) {
    if (!RuleFile.validPath(path)) {
      throw RelataException.invalid("path", "invalid_path", "rule.file.path", String.valueOf(path));
    }
  }

  private static void checkContent(String path, String content) {
    if (content == null) {
      throw RelataException.invalid("content", "required", "rule.file.content_required");
    }
    if (content.length() > MAX_FILE_CHARS) {
      throw RelataException.invalid(
          "content", "too_long", "rule.file.too_large", content.length(), MAX_FILE_CHARS);
    }
    RuleKind kind = RuleKind.of(path).orElseThrow();
    if (kind.binary()) {
      try {
        Base64.getDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        throw RelataException.invalid("contentBase64", "invalid", "rule.file.base64");
      }
    } else {
      var problem = TextRules.problem("content", content, TextRules.Lines.MULTIPLE);
      if (problem != null) {
        throw RelataException.invalid(java.util.List.of(problem));
      }
    }
  }

  /** A short description of a file's content for the audit log, not the content itself. */
  private static Map<String, Object> summary(String content) {
    return Map.of(
        "characters", content.length(), "sha256", RuleRepository.sha256(content).substring(0, 12));
  }
}
