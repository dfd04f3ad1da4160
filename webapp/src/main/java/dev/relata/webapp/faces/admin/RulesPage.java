package dev.relata.webapp.faces.admin;

import dev.relata.metadata.error.ErrorKind;
import dev.relata.metadata.error.FieldProblem;
import dev.relata.metadata.error.Message;
import dev.relata.metadata.error.RelataException;
import dev.relata.platform.Relata;
import dev.relata.platform.bootstrap.FirstStart;
import dev.relata.platform.customize.RuleManager;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.build.RuleFile;
import dev.relata.rules.build.RuleKind;
import dev.relata.rules.manage.RevisionDetail;
import dev.relata.rules.manage.RuleAdministration;
import dev.relata.rules.manage.RuleFileStatus;
import dev.relata.rules.manage.RuleProblemsException;
import dev.relata.rules.manage.RuleTestRun;
import dev.relata.rules.store.DraftFile;
import dev.relata.rules.store.RuleRevision;
import dev.relata.webapp.faces.FacesMessages;
import dev.relata.webapp.faces.Metadata;
import dev.relata.webapp.faces.PerRequest;
import dev.relata.webapp.faces.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The rule editor: the files of the working copy, one of them open in the editor (text kinds) or as
 * a download (.xlsx decision tables), validation and publishing with each problem's file, line and
 * column, and the published revisions with their diffs and rollback. Every call goes through {@link
 * RuleManager}, which checks that the actor is an administrator and audits each change.
 *
 * <p>Validate and Publish save the open file first when its text changed: both work on the saved
 * working copy, and an administrator expects them to see what the editor shows. No action that
 * opens another file throws away unsaved text: it asks to save or reload first.
 */
@Named("rulesPage")
@ViewScoped
public class RulesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "rulesForm";
  static final String UPLOAD_FORM = "uploadForm";
  static final int REVISIONS = 50;

  /** The largest upload: its Base64 must fit the platform's limit for one rule file. */
  public static final long MAX_UPLOAD_BYTES = RuleAdministration.MAX_FILE_CHARS / 4 * 3L;

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final Metadata metadata;

  private String path;
  private RuleKind kind;
  private long version;
  private String state;
  private String content;
  private String loaded;
  private boolean conflict;

  private boolean creating;
  private String newPath;

  private boolean uploading;
  private String uploadPath;
  private transient UploadedFile upload;

  private List<Problem> problems = List.of();
  private boolean validated;
  private List<TestRow> testResults = List.of();
  private boolean testsRun;
  private int focusLine;
  private int focusColumn;
  private int focusSequence;

  private Long revisionShown;

  @Inject
  public RulesPage(Metadata metadata) {
    this.metadata = metadata;
  }

  protected RulesPage() {
    this(null);
  }

  /** A file of the working copy as the list shows it. */
  public record FileRow(
      String path,
      String name,
      String kind,
      String state,
      String stateLabel,
      String updatedBy,
      String updatedAt,
      boolean open)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The files of one folder; {@code name} is "" for files outside any folder. */
  public record Folder(String name, List<FileRow> files) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A build problem; {@code path} is null for a problem of the rules as a whole. */
  public record Problem(String path, String file, int line, int column, String message)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One rule test's result, its failures in the reader's language. */
  public record TestRow(String path, int line, String name, boolean passed, List<String> failures)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A published revision in the list. */
  public record RevisionRow(
      long id,
      String at,
      String author,
      String summary,
      String rules,
      List<ChangedFile> files,
      boolean active)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A file a revision added, changed or removed. */
  public record ChangedFile(String path, String change, String changeLabel)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A revision opened to see what it changed, file by file. */
  public record RevisionView(long id, String title, List<FileView> files) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One file of an opened revision: its lines side by side and its unified diff. */
  public record FileView(
      String path,
      String change,
      String changeLabel,
      boolean binary,
      List<RuleDiff.Row> rows,
      boolean truncated,
      List<RuleDiff.UnifiedLine> unified)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  // ---- the file list ----

  public List<Folder> getFolders() {
    return PerRequest.get("rulesPage.folders", this::folders);
  }

  private List<Folder> folders() {
    Map<String, List<FileRow>> byFolder = new LinkedHashMap<>();
    List<RuleFileStatus> files = new ArrayList<>(manager().list(metadata.actor()));
    files.sort((a, b) -> a.path().compareTo(b.path()));
    for (RuleFileStatus f : files) {
      int slash = f.path().lastIndexOf('/');
      String folder = slash < 0 ? "" : f.path().substring(0, slash + 1);
      byFolder
          .computeIfAbsent(folder, k -> new ArrayList<>())
          .add(
              new FileRow(
                  f.path(),
                  f.path().substring(slash + 1),
                  kindLabel(f.kind()),
                  f.state(),
                  Texts.get("rules.state." + f.state()),
                  author(f.updatedBy()),
                  f.updatedAt() == null ? "" : LogDates.format(f.updatedAt()),
                  f.path().equals(path)));
    }
    return byFolder.entrySet().stream().map(e -> new Folder(e.getKey(), e.getValue())).toList();
  }

  public boolean isWithoutFiles() {
    return getFolders().isEmpty();
  }

  /** Opens a file in the editor, unless the open one has unsaved text. */
  public void open(String file) {
    if (file.equals(path) || unsaved()) {
      return;
    }
    try {
      load(file);
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  /** Closes the editor, unless it has unsaved text. */
  public void close() {
    if (!unsaved()) {
      forget();
    }
  }

  /** Throws away the editor's text and loads the file as it is saved now. */
  public void reload() {
    if (path == null) {
      return;
    }
    try {
      load(path);
      FacesMessages.info(Texts.get("rules.reloaded", path));
    } catch (RelataException e) {
      forget();
      FacesMessages.error(e);
    }
  }

  private void load(String file) {
    DraftFile draft = manager().get(metadata.actor(), file);
    path = draft.path();
    kind = RuleKind.of(path).orElseThrow();
    version = draft.version();
    state = status(path).map(RuleFileStatus::state).orElse(draft.deleted() ? "deleted" : "draft");
    content = kind.binary() ? null : draft.content();
    loaded = content;
    conflict = false;
  }

  private void forget() {
    path = null;
    kind = null;
    content = null;
    loaded = null;
    conflict = false;
  }

  /** Whether the editor holds text that is not saved; if so, says what to do. */
  private boolean unsaved() {
    if (path != null && !kind.binary() && !Objects.equals(content, loaded)) {
      FacesMessages.error(null, Texts.get("rules.unsaved", path));
      return true;
    }
    return false;
  }

  private Optional<RuleFileStatus> status(String file) {
    return manager().list(metadata.actor()).stream().filter(f -> f.path().equals(file)).findAny();
  }

  // ---- a new file ----

  public void startCreate() {
    if (unsaved()) {
      return;
    }
    creating = true;
    uploading = false;
    newPath = null;
  }

  public void cancelCreate() {
    creating = false;
  }

  /** Makes a text file in the working copy, with a first line where the kind needs one. */
  public void create() {
    String file = newPath == null ? "" : newPath.strip();
    String input = FORM + ":newPath";
    if (file.isEmpty()) {
      refuse(input, Texts.get("rules.pathRequired"));
      return;
    }
    if (!RuleFile.validPath(file)) {
      refuse(input, Texts.of(Message.of("rule.file.path", file)));
      return;
    }
    RuleKind newKind = RuleKind.of(file).orElseThrow();
    if (newKind.binary()) {
      refuse(input, Texts.get("rules.uploadInstead"));
      return;
    }
    Optional<RuleFileStatus> existing = status(file);
    if (existing.isPresent() && !"deleted".equals(existing.get().state())) {
      refuse(input, Texts.get("rules.exists", file));
      return;
    }
    try {
      manager()
          .save(
              metadata.actor(),
              file,
              starter(newKind),
              existing.map(RuleFileStatus::version).orElse(null));
      load(file);
    } catch (RelataException e) {
      refuse(input, problemText(e));
      return;
    }
    creating = false;
    FacesMessages.info(Texts.get("rules.created", file));
  }

  /** What a new file starts with: DRL and DSLR files must declare Relata's package. */
  private static String starter(RuleKind kind) {
    return switch (kind) {
      case DRL, DSLR -> "package relata;\n\n";
      default -> "";
    };
  }

  // ---- the open file ----

  /** Saves the editor's text with the version it was loaded at. */
  public void save() {
    if (path == null || kind.binary()) {
      return;
    }
    if (Objects.equals(content, loaded) && !"deleted".equals(state)) {
      FacesMessages.info(Texts.get("rules.unchanged", path));
      return;
    }
    if (store()) {
      FacesMessages.info(Texts.get("rules.saved", path));
    }
  }

  /** Saves the editor's text if it changed; false (with the reason shown) if it was refused. */
  private boolean saveIfChanged() {
    if (path == null || kind.binary() || Objects.equals(content, loaded)) {
      return true;
    }
    return store();
  }

  private boolean store() {
    try {
      RuleFileStatus saved = manager().save(metadata.actor(), path, content, version);
      version = saved.version();
      state = saved.state();
      loaded = content;
      conflict = false;
      return true;
    } catch (RelataException e) {
      if (e.kind() == ErrorKind.CONFLICT) {
        conflict = true;
        FacesMessages.error(null, Texts.get("rules.conflict", path));
      } else {
        FacesMessages.error(null, problemText(e));
      }
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
  }

  /** Marks the open file deleted; it leaves the rules in force at the next publish. */
  public void delete() {
    if (path == null) {
      return;
    }
    try {
      manager().delete(metadata.actor(), path, version);
      FacesMessages.info(Texts.get("rules.deleted", path));
      load(path);
    } catch (RelataException e) {
      if (e.kind() == ErrorKind.CONFLICT) {
        conflict = true;
        FacesMessages.error(null, Texts.get("rules.deleteConflict", path));
      } else {
        FacesMessages.error(e);
      }
    }
  }

  /** The open file as it is saved, to download. */
  public StreamedContent getDownload() {
    if (path == null) {
      return null;
    }
    DraftFile draft = manager().get(metadata.actor(), path);
    byte[] bytes =
        kind.binary()
            ? Base64.getDecoder().decode(draft.content())
            : draft.content().getBytes(StandardCharsets.UTF_8);
    String type =
        switch (kind) {
          case XLSX -> XLSX_TYPE;
          case CSV -> "text/csv; charset=UTF-8";
          case TEST -> "application/json";
          default -> "text/plain; charset=UTF-8";
        };
    return DefaultStreamedContent.builder()
        .name(path.substring(path.lastIndexOf('/') + 1))
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /** Who changed rules: a user's name, or Relata itself (first start, the rules folder). */
  private static String author(String username) {
    if (FirstStart.SYSTEM_AUTHOR.equals(username)) {
      return Texts.get("rules.author.system");
    }
    if (Relata.RULES_FOLDER_AUTHOR.equals(username)) {
      return Texts.get("rules.author.folder");
    }
    return username;
  }

  // ---- validate and publish ----

  /** Builds the working copy (the open file saved first) and lists what stops it. */
  public void validate() {
    if (!saveIfChanged()) {
      return;
    }
    showProblems(manager().validate(metadata.actor()));
    if (problems.isEmpty()) {
      FacesMessages.info(Texts.get("rules.valid"));
    } else {
      FacesMessages.error(null, Texts.get("rules.invalid", problems.size()));
    }
  }

  /**
   * Builds the working copy (the open file saved first) and runs every rule test on it; problems
   * that stop the build show as for Validate, and no test runs then.
   */
  public void runTests() {
    if (!saveIfChanged()) {
      return;
    }
    RuleTestRun run = manager().runTests(metadata.actor());
    showProblems(run.problems());
    testResults =
        run.results().stream()
            .map(
                r ->
                    new TestRow(
                        r.path(),
                        r.line(),
                        r.name(),
                        r.passed(),
                        r.failures().stream().map(Texts::of).toList()))
            .toList();
    testsRun = true;
    long failed = testResults.stream().filter(r -> !r.passed()).count();
    if (!run.problems().isEmpty()) {
      FacesMessages.error(null, Texts.get("rules.invalid", run.problems().size()));
    } else if (failed > 0) {
      FacesMessages.error(null, Texts.get("rules.testsFailed", failed, testResults.size()));
    } else {
      FacesMessages.info(Texts.get("rules.testsPassed", testResults.size()));
    }
  }

  public List<TestRow> getTestResults() {
    return testResults;
  }

  public boolean isTestsRun() {
    return testsRun;
  }

  /** Puts the working copy (the open file saved first) in force as a new revision. */
  public void publish() {
    if (!saveIfChanged()) {
      return;
    }
    try {
      RuleRevision revision = manager().publish(metadata.actor());
      problems = List.of();
      validated = false;
      revisionShown = null;
      reloadOpen();
      FacesMessages.info(Texts.get("rules.published", revision.id(), revision.ruleCount()));
    } catch (RuleProblemsException e) {
      showProblems(e.buildProblems());
      FacesMessages.error(e);
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  private void showProblems(List<BuildProblem> found) {
    problems =
        found.stream()
            .map(
                p ->
                    new Problem(
                        p.path(),
                        p.path() == null ? Texts.get("rules.allRules") : p.path(),
                        p.line(),
                        p.column(),
                        p.message()))
            .toList();
    validated = true;
    problems.stream()
        .filter(p -> p.path() != null && p.path().equals(path) && p.line() > 0)
        .findFirst()
        .ifPresent(p -> focus(p.line(), p.column()));
  }

  /** Opens a problem's file (unless another one has unsaved text) and goes to its line. */
  public void goTo(String file, int line, int column) {
    if (file == null) {
      return;
    }
    if (!file.equals(path)) {
      if (unsaved()) {
        return;
      }
      try {
        load(file);
      } catch (RelataException e) {
        FacesMessages.error(e);
        return;
      }
    }
    focus(line, column);
  }

  private void focus(int line, int column) {
    focusLine = line;
    focusColumn = column;
    focusSequence++;
  }

  /** A line marker of the editor: where, and the problem as its tooltip says it. */
  public record Mark(int line, int column, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The problems of the open file, for the editor's line markers. */
  public List<Mark> getMarks() {
    return path == null
        ? List.of()
        : problems.stream()
            .filter(p -> path.equals(p.path()) && p.line() > 0)
            .map(
                p ->
                    new Mark(
                        p.line(), p.column(), Texts.get("rules.atLine", p.line(), p.message())))
            .toList();
  }

  // ---- revisions ----

  public List<RevisionRow> getRevisions() {
    return PerRequest.get("rulesPage.revisions", this::revisions);
  }

  private List<RevisionRow> revisions() {
    Long active = manager().activeRevision(metadata.actor());
    List<RevisionRow> rows = new ArrayList<>();
    for (RuleRevision r : manager().revisions(metadata.actor(), 0, REVISIONS)) {
      List<ChangedFile> files = new ArrayList<>();
      r.added().forEach(f -> files.add(changed(f, "added")));
      r.changed().forEach(f -> files.add(changed(f, "changed")));
      r.removed().forEach(f -> files.add(changed(f, "removed")));
      rows.add(
          new RevisionRow(
              r.id(),
              LogDates.format(r.createdAt()),
              author(r.author()),
              r.rolledBackTo() == null
                  ? Texts.get("rules.summary.publish")
                  : Texts.get("rules.summary.rollback", r.rolledBackTo()),
              Texts.get("rules.ruleCount", r.ruleCount()),
              files,
              Objects.equals(active, r.id())));
    }
    return rows;
  }

  /** "The latest 50 of 73 revisions", or null when the list shows them all. */
  public String getLatestRevisions() {
    long count =
        PerRequest.get("rulesPage.revisionCount", () -> manager().countRevisions(metadata.actor()));
    int shown = getRevisions().size();
    return count > shown ? Texts.get("rules.latestRevisions", shown, count) : null;
  }

  private static ChangedFile changed(String file, String change) {
    return new ChangedFile(file, change, Texts.get("rules.change." + change));
  }

  public void showRevision(long id) {
    revisionShown = id;
  }

  public void closeRevision() {
    revisionShown = null;
  }

  public Long getRevisionShown() {
    return revisionShown;
  }

  /** The revision opened below the list, or null. */
  public RevisionView getRevision() {
    return PerRequest.get("rulesPage.revision", this::revision);
  }

  private RevisionView revision() {
    if (revisionShown == null) {
      return null;
    }
    RevisionDetail detail;
    try {
      detail = manager().revision(metadata.actor(), revisionShown);
    } catch (RelataException e) {
      return null;
    }
    List<FileView> files = new ArrayList<>();
    for (RevisionDetail.FileChange f : detail.files()) {
      boolean binary = RuleKind.of(f.path()).map(RuleKind::binary).orElse(false);
      List<RuleDiff.Row> rows =
          binary
              ? List.<RuleDiff.Row>of()
              : RuleDiff.sideBySide(f.before(), f.after()).stream()
                  .map(RulesPage::withFoldText)
                  .toList();
      files.add(
          new FileView(
              f.path(),
              f.change(),
              Texts.get("rules.change." + f.change()),
              binary,
              rows,
              RuleDiff.truncated(rows),
              RuleDiff.unified(f.diff())));
    }
    RuleRevision r = detail.revision();
    return new RevisionView(
        r.id(),
        Texts.get(
            "rules.revisionTitle", r.id(), author(r.author()), LogDates.format(r.createdAt())),
        files);
  }

  /** A folded row says how many unchanged lines it stands for, in the reader's language. */
  private static RuleDiff.Row withFoldText(RuleDiff.Row row) {
    return row.kind().equals("folded")
        ? new RuleDiff.Row(
            "folded",
            null,
            Texts.get("rules.unchangedLines", Integer.parseInt(row.left())),
            null,
            "")
        : row;
  }

  /** Puts a revision's files back in force as a new revision, and in the working copy. */
  public void rollback(long id) {
    if (unsaved()) {
      return;
    }
    try {
      RuleRevision revision = manager().rollback(metadata.actor(), id);
      problems = List.of();
      validated = false;
      revisionShown = null;
      reloadOpen();
      FacesMessages.info(Texts.get("rules.rolledBack", id, revision.id()));
    } catch (RuleProblemsException e) {
      showProblems(e.buildProblems());
      FacesMessages.error(e);
    } catch (RelataException e) {
      FacesMessages.error(e);
    }
  }

  /** After a publish or rollback the working copy has new versions: read the open file again. */
  private void reloadOpen() {
    if (path == null) {
      return;
    }
    try {
      load(path);
    } catch (RelataException e) {
      forget();
    }
  }

  // ---- upload of decision tables ----

  public void startUpload() {
    if (unsaved()) {
      return;
    }
    uploading = true;
    creating = false;
    uploadPath = path != null && kind == RuleKind.XLSX ? path : null;
    upload = null;
  }

  public void cancelUpload() {
    uploading = false;
    upload = null;
  }

  /**
   * Stores an uploaded .xlsx decision table at the path given (or under its own name). An existing
   * table is replaced only from its own page, with the version that was opened.
   */
  public void uploadTable() {
    UploadedFile file = upload;
    String fileInput = UPLOAD_FORM + ":file";
    String pathInput = UPLOAD_FORM + ":uploadPath";
    if (file == null || file.getSize() == 0) {
      refuse(fileInput, Texts.get("rules.uploadChoose"));
      return;
    }
    String name = file.getFileName() == null ? "" : file.getFileName();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      refuse(fileInput, Texts.get("rules.uploadType", name));
      return;
    }
    if (file.getSize() > MAX_UPLOAD_BYTES) {
      refuse(fileInput, Texts.get("rules.uploadSize", MAX_UPLOAD_BYTES / 1024));
      return;
    }
    byte[] bytes = file.getContent();
    if (!isZip(bytes)) {
      refuse(fileInput, Texts.get("rules.uploadNotXlsx", name));
      return;
    }
    String target = uploadPath == null || uploadPath.isBlank() ? name : uploadPath.strip();
    if (!target.endsWith(RuleKind.XLSX.ending())) {
      refuse(pathInput, Texts.get("rules.uploadPathXlsx"));
      return;
    }
    if (!RuleFile.validPath(target)) {
      refuse(pathInput, Texts.of(Message.of("rule.file.path", target)));
      return;
    }
    Optional<RuleFileStatus> existing = status(target);
    Long expected;
    if (target.equals(path)) {
      expected = version;
    } else if (existing.isPresent() && !"deleted".equals(existing.get().state())) {
      refuse(pathInput, Texts.get("rules.uploadExists", target));
      return;
    } else {
      expected = existing.map(RuleFileStatus::version).orElse(null);
    }
    try {
      manager().save(metadata.actor(), target, Base64.getEncoder().encodeToString(bytes), expected);
      load(target);
    } catch (RelataException e) {
      if (e.kind() == ErrorKind.CONFLICT) {
        refuse(pathInput, Texts.get("rules.uploadConflict", target));
      } else {
        refuse(pathInput, problemText(e));
      }
      return;
    }
    uploading = false;
    upload = null;
    FacesMessages.info(Texts.get("rules.uploaded", target));
  }

  /** An .xlsx file is a zip archive: it starts with "PK\3\4". */
  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  // ---- helpers ----

  private static void refuse(String clientId, String text) {
    FacesMessages.error(clientId, text);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** What the platform said about a refused file, in the user's language. */
  private static String problemText(RelataException e) {
    if (e.problems().isEmpty()) {
      return Texts.of(e.text());
    }
    return String.join(" ", e.problems().stream().map(FieldProblem::text).map(Texts::of).toList());
  }

  static String kindLabel(RuleKind kind) {
    return Texts.get("rules.kind." + kind.apiName());
  }

  private RuleManager manager() {
    return metadata.relata().ruleManager();
  }

  // ---- properties ----

  public String getPath() {
    return path;
  }

  public boolean isOpen() {
    return path != null;
  }

  public boolean isBinary() {
    return kind != null && kind.binary();
  }

  public String getKindLabel() {
    return kind == null ? "" : kindLabel(kind);
  }

  public String getState() {
    return state;
  }

  public String getStateLabel() {
    return state == null ? "" : Texts.get("rules.state." + state);
  }

  public long getVersion() {
    return version;
  }

  /** The CodeMirror mode closest to the open kind: CodeMirror has no DRL mode; Java is closest. */
  public String getEditorMode() {
    if (kind == null) {
      return "text/plain";
    }
    return switch (kind) {
      case DRL, DSLR -> "text/x-java";
      case DSL -> "text/x-properties";
      case TEST -> "application/json";
      default -> "text/plain";
    };
  }

  public String getContent() {
    return content;
  }

  /**
   * The editor's text with its line breaks as the rule store keeps them: a browser submits a text
   * area's line breaks as CR LF, and the store refuses CR as a control character.
   */
  public void setContent(String content) {
    // An emptied editor submits null (INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL).
    this.content = content == null ? "" : content.replace("\r\n", "\n").replace('\r', '\n');
  }

  public boolean isConflict() {
    return conflict;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getNewPath() {
    return newPath;
  }

  public void setNewPath(String newPath) {
    this.newPath = newPath;
  }

  public boolean isUploading() {
    return uploading;
  }

  public String getUploadPath() {
    return uploadPath;
  }

  public void setUploadPath(String uploadPath) {
    this.uploadPath = uploadPath;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public long getMaxUploadBytes() {
    return MAX_UPLOAD_BYTES;
  }

  public String getUploadHelp() {
    return Texts.get("rules.uploadHelp", MAX_UPLOAD_BYTES / 1024);
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public boolean isValidated() {
    return validated;
  }

  public int getFocusLine() {
    return focusLine;
  }

  public int getFocusColumn() {
    return focusColumn;
  }

  public int getFocusSequence() {
    return focusSequence;
  }
}
