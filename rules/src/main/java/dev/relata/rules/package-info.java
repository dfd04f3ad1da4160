/**
 * Drools integration: fact types generated from metadata, compiling analysts' rule files, the rule
 * store with its revisions, and the atomic hot swap of the running rule base. Depends on {@code
 * metadata} only; the platform reaches it through {@link dev.relata.rules.api}.
 */
package dev.relata.rules;
