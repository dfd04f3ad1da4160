/**
 * Rule tests: analysts' examples of writes and what the rules must make of them, stored beside the
 * rules as {@code .test.json} files and run before any publish.
 */
package dev.relata.rules.verify;
