/**
 * Analysts' work on rules: the working copy, validation, publishing a revision (built and swapped
 * in only if it builds), revisions with their diffs, rollback, and keeping the rule base in step
 * with metadata.
 */
package dev.relata.rules.manage;
