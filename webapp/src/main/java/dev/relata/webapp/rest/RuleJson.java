package dev.relata.webapp.rest;

import dev.relata.metadata.error.Message;
import dev.relata.rules.build.BuildProblem;
import dev.relata.rules.manage.RevisionDetail;
import dev.relata.rules.manage.RuleFileStatus;
import dev.relata.rules.manage.RuleTestRun;
import dev.relata.rules.store.DraftFile;
import dev.relata.rules.store.RuleRevision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The JSON shapes of the rules API: files, problems and revisions. */
final class RuleJson {
  private RuleJson() {}

  static Map<String, Object> file(RuleFileStatus file) {
    return map(
        "path",
        file.path(),
        "kind",
        file.kind().apiName(),
        "state",
        file.state(),
        "version",
        file.version(),
        "size",
        file.size(),
        "updatedAt",
        file.updatedAt(),
        "updatedBy",
        file.updatedBy());
  }

  /** A file with its content: text in {@code content}, binary kinds in {@code contentBase64}. */
  static Map<String, Object> fileWithContent(RuleFileStatus status, DraftFile file) {
    Map<String, Object> json = file(status);
    boolean binary = status.kind().binary();
    json.put("content", binary ? null : file.content());
    json.put("contentBase64", binary ? file.content() : null);
    return json;
  }

  static Map<String, Object> validation(List<BuildProblem> problems) {
    return map(
        "ok", problems.isEmpty(), "problems", problems.stream().map(RuleJson::problem).toList());
  }

  static Map<String, Object> testRun(RuleTestRun run) {
    return map(
        "ok",
        run.ok(),
        "problems",
        run.problems().stream().map(RuleJson::problem).toList(),
        "results",
        run.results().stream()
            .map(
                r ->
                    map(
                        "path",
                        r.path(),
                        "line",
                        r.line(),
                        "name",
                        r.name(),
                        "passed",
                        r.passed(),
                        "failures",
                        r.failures().stream().map(Message::english).toList()))
            .toList());
  }

  static Map<String, Object> problem(BuildProblem problem) {
    return map(
        "path",
        problem.path(),
        "line",
        problem.line(),
        "column",
        problem.column(),
        "message",
        problem.message());
  }

  static Map<String, Object> revision(RuleRevision revision, Long active) {
    return map(
        "id",
        revision.id(),
        "createdAt",
        revision.createdAt(),
        "author",
        revision.author(),
        "summary",
        revision.summary(),
        "added",
        revision.added(),
        "changed",
        revision.changed(),
        "removed",
        revision.removed(),
        "rolledBackTo",
        revision.rolledBackTo(),
        "ruleCount",
        revision.ruleCount(),
        "active",
        Objects.equals(active, revision.id()));
  }

  static Map<String, Object> revisionDetail(RevisionDetail detail, Long active) {
    Map<String, Object> json = revision(detail.revision(), active);
    json.put("previous", detail.previous());
    json.put(
        "files",
        detail.files().stream()
            .map(
                f ->
                    map(
                        "path",
                        f.path(),
                        "change",
                        f.change(),
                        "before",
                        f.before(),
                        "after",
                        f.after(),
                        "diff",
                        f.diff()))
            .toList());
    return json;
  }

  /** An ordered map that, unlike {@code Map.of}, keeps nulls: answers show every member. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      json.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return json;
  }
}
