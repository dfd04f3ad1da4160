/**
 * Turning rule files into a rule base: kinds by file ending, the safety check of what rule code may
 * reach, and the Drools build that reports each problem with its file, line and column.
 */
package dev.relata.rules.build;
