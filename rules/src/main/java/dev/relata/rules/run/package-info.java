/**
 * Running the rules on one write: a session per write on the rule base in force, the functions rule
 * consequences call, the fire and time limits, and the hot swap of the base.
 */
package dev.relata.rules.run;
