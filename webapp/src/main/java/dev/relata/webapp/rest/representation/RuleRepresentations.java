package dev.relata.webapp.rest.representation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Rule files, their problems and the published revisions, as administrators see them. */
public final class RuleRepresentations {
  private static final String PATH =
      "Folders and a name of letters, digits, _ and -, ending in .drl, .dslr, .dsl, .xlsx, .csv or"
          + " .test.json.";

  private RuleRepresentations() {}

  @Schema(name = "RuleFileState", description = "How a file stands against the rules in force.")
  public enum RuleFileState {
    published,
    draft,
    deleted
  }

  @Schema(name = "RuleFileKind", description = "The kind of file, told by its ending.")
  public enum RuleFileKind {
    drl,
    dslr,
    dsl,
    xlsx,
    csv,
    test
  }

  @Schema(name = "RuleFile", description = "A file of the working copy.")
  public record RuleFile(
      @Schema(description = PATH, example = "sales/opportunity.drl") String path,
      RuleFileKind kind,
      @Schema(
              description =
                  "published: as in force; draft: new or changed since; deleted: leaves the rules"
                      + " at the next publish.")
          RuleFileState state,
      @Schema(description = "For optimistic locking: send it back to change the file.")
          long version,
      @Schema(description = "Characters of content (Base64 for .xlsx).") int size,
      Instant updatedAt,
      @Schema(nullable = true) String updatedBy) {}

  @Schema(name = "RuleFileList")
  public record RuleFileList(
      List<RuleFile> items,
      @Schema(nullable = true, description = "The revision in force; null before any publish.")
          Long activeRevision) {}

  @Schema(name = "RuleFileContent", description = "A file of the working copy with its content.")
  public record RuleFileContent(
      String path,
      RuleFileKind kind,
      RuleFileState state,
      long version,
      int size,
      Instant updatedAt,
      @Schema(nullable = true) String updatedBy,
      @Schema(nullable = true, description = "The text; null for .xlsx.") String content,
      @Schema(nullable = true, description = "The bytes of an .xlsx in Base64; else null.")
          String contentBase64) {}

  @Schema(
      name = "RuleFileInput",
      description =
          "A file's new content: content for text kinds, contentBase64 for .xlsx (at most"
              + " 2,097,152 characters either way). Any other member is 422.")
  public record RuleFileInput(
      @Schema(description = "The text of a .drl, .dslr, .dsl, .csv or .test.json file.")
          String content,
      @Schema(format = "byte", description = "The bytes of an .xlsx file in Base64.")
          String contentBase64,
      @Schema(description = "The version read; 0 to create only if absent. Or send If-Match.")
          Long version) {}

  @Schema(name = "RuleProblem", description = "Why rules do not build, and where.")
  public record RuleProblem(
      @Schema(nullable = true, description = "The file; null for a problem of the whole rules.")
          String path,
      @Schema(description = "From 1; 0 when not known.") int line,
      @Schema(description = "From 1; 0 when not known.") int column,
      @Schema(description = "As Drools or Relata says it, in English.") String message) {}

  @Schema(name = "RuleValidation", description = "What building the working copy found.")
  public record RuleValidation(boolean ok, List<RuleProblem> problems) {}

  @Schema(name = "RuleTestResult", description = "How one rule test went.")
  public record RuleTestResult(
      @Schema(example = "sales/opportunity.test.json") String path,
      @Schema(description = "Where the test starts in its file.") int line,
      String name,
      boolean passed,
      @Schema(description = "Why it failed, in English; empty when it passed.")
          List<String> failures) {}

  @Schema(name = "RuleTestRun", description = "The rule tests of the working copy, run on it.")
  public record RuleTestRun(
      @Schema(description = "Whether the rules built and every test passed.") boolean ok,
      @Schema(description = "Why the rules or a test file cannot be read; then no test ran.")
          List<RuleProblem> problems,
      List<RuleTestResult> results) {}

  @Schema(name = "RuleRevision", description = "A published set of rule files.")
  public record RuleRevision(
      long id,
      Instant createdAt,
      String author,
      @Schema(nullable = true) String summary,
      List<String> added,
      List<String> changed,
      List<String> removed,
      @Schema(nullable = true, description = "The revision whose files this one put back.")
          Long rolledBackTo,
      @Schema(description = "Rules in the revision's rule base.") int ruleCount,
      @Schema(description = "Whether these rules are in force.") boolean active) {}

  @Schema(name = "RuleRevisionPage", description = "Revisions, newest first.")
  public record RuleRevisionPage(
      List<RuleRevision> items,
      long total,
      int page,
      int size,
      @Schema(nullable = true) Long activeRevision) {}

  @Schema(name = "RuleFileChange", description = "One file a revision added, changed or removed.")
  public record RuleFileChange(
      String path,
      @Schema(allowableValues = {"added", "changed", "removed"}) String change,
      @Schema(nullable = true, description = "The text before; null if added or binary.")
          String before,
      @Schema(nullable = true, description = "The text after; null if removed or binary.")
          String after,
      @Schema(description = "A unified diff; empty for .xlsx.") String diff) {}

  @Schema(name = "RuleRevisionDetail", description = "A revision with its diff.")
  public record RuleRevisionDetail(
      long id,
      Instant createdAt,
      String author,
      @Schema(nullable = true) String summary,
      List<String> added,
      List<String> changed,
      List<String> removed,
      @Schema(nullable = true) Long rolledBackTo,
      int ruleCount,
      boolean active,
      @Schema(nullable = true, description = "The revision before; null for the first.")
          Long previous,
      List<RuleFileChange> files) {}
}
