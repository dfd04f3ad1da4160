/**
 * Drools integration: fact types generated from metadata, compiling DRL, DSLR and decision tables,
 * atomic hot swap of the rule base. Depends on {@code metadata} only. The rule engine itself is
 * built by the rules issue that follows the platform foundation; until then this module holds no
 * code and the platform runs no rules.
 */
package dev.relata.rules;
