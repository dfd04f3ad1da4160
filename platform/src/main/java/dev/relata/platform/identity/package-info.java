/**
 * Users, password hashing, and bearer tokens: who is calling. Organisation, roles and account
 * security (lockout, two-factor, login log) build on this in the identity issue.
 */
package dev.relata.platform.identity;
