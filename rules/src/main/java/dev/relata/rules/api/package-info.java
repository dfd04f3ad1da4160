/**
 * What the platform sees of the rules: a {@link dev.relata.rules.api.RuleEngine} that takes a
 * record write as it will be saved and answers the values rules set, the owner they assign and the
 * problems they found. Nothing here knows tables, HTTP or pages.
 */
package dev.relata.rules.api;
