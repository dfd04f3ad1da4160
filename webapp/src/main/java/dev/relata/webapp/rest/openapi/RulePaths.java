package dev.relata.webapp.rest.openapi;

import dev.relata.metadata.access.SystemPermission;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Rule files, validation, publishing and revisions ({@code RuleResource}). Every operation needs
 * the system permission manage_rules.
 */
final class RulePaths {
  static final String TAG = "admin-rules";

  private RulePaths() {}

  static void addTo(PathTable table) {
    table.get(
        "/admin/rules",
        admin(Op.of("listRuleFiles", TAG, "The files of the working copy"))
            .description("Each with its state against the rules in force, and that revision.")
            .ok("RuleFileList", "The files, by path."));
    table.post(
        "/admin/rules/validate",
        admin(Op.of("validateRules", TAG, "Build the working copy"))
            .description(
                "Compiles every file of the working copy against today's metadata; nothing"
                    + " changes. The answer lists each problem with file, line and column.")
            .ok("RuleValidation", "Whether it builds, and why not."));
    table.post(
        "/admin/rules/tests/run",
        admin(Op.of("runRuleTests", TAG, "Run the rule tests on the working copy"))
            .description(
                "Builds the working copy and runs every test of its .test.json files on it, as"
                    + " publish does; nothing changes.")
            .ok("RuleTestRun", "Each test's result, or why none could run."));
    table.post(
        "/admin/rules/publish",
        admin(Op.of("publishRules", TAG, "Put the working copy in force"))
            .description(
                "No body. Builds the working copy off to the side and swaps it in atomically as a"
                    + " new revision; writes already running finish on the rules they began with."
                    + " 422 if it does not build or a rule test fails (fields[] names each file,"
                    + " with line and column in the message) and the rules in force stay; 409 if another publish runs"
                    + " or nothing changed.")
            .createdWithoutLocation("RuleRevision", "The new revision, now in force.")
            .errors(409, 422));
    table.get(
        "/admin/rules/revisions",
        admin(Op.of("listRuleRevisions", TAG, "Published revisions, newest first"))
            .description("The one in force is marked active.")
            .query("page", Schemas.page(), "The page, from 0.")
            .query("size", Schemas.int32(1, 500, 50), "Revisions per page.")
            .ok("RuleRevisionPage", "A page of revisions.")
            .errors(400));
    table.get(
        "/admin/rules/revisions/{id}",
        revision(Op.of("getRuleRevision", TAG, "One revision with its diff"))
            .description(
                "Each file it added, changed or removed against the revision before, with both"
                    + " texts for a side-by-side view and a unified diff.")
            .ok("RuleRevisionDetail", "The revision."));
    table.post(
        "/admin/rules/revisions/{id}/rollback",
        revision(Op.of("rollbackRules", TAG, "Put a revision's rules back in force"))
            .description(
                "As a new revision, and in the working copy. 422, saying why, if its rules no"
                    + " longer build against today's metadata; 409 if another publish runs.")
            .createdWithoutLocation("RuleRevision", "The new revision, now in force.")
            .errors(409, 422));
    table.get(
        "/admin/rules/{path}",
        file(Op.of("getRuleFile", TAG, "One file of the working copy"))
            .description("With its content and its version as ETag; a deleted file too.")
            .okWithETag("RuleFileContent", "The file."));
    table.put(
        "/admin/rules/{path}",
        file(Op.of("saveRuleFile", TAG, "Create or replace a file of the working copy"))
            .description(
                "It takes effect at the next publish. A stale version is 409; content that is"
                    + " too long, not text or not Base64 for .xlsx is 422. Recorded in the audit"
                    + " log as rules.file_save.")
            .ifMatch()
            .body("RuleFileInput", true, "The content.")
            .okWithETag("RuleFile", "The file, replaced.")
            .created("RuleFile", "The file, created.", true)
            .errors(400, 409, 422));
    table.delete(
        "/admin/rules/{path}",
        file(Op.of("deleteRuleFile", TAG, "Delete a file of the working copy"))
            .description("It leaves the rules in force at the next publish.")
            .ifMatch()
            .noContent("Deleted.")
            .errors(409));
  }

  private static Op admin(Op op) {
    return op.needs(SystemPermission.MANAGE_RULES).errors(401);
  }

  private static Op revision(Op op) {
    return admin(op).path("id", Schemas.id(), "The revision's id.").errors(400, 404);
  }

  private static Op file(Op op) {
    return admin(op)
        .path(
            "path",
            new StringSchema().maxLength(200),
            "The file's path, slashes included, e.g. sales/opportunity.drl.")
        .errors(404, 422);
  }
}
