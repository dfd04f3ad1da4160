/**
 * Users, their credentials and sessions: who is calling, and how they prove it (passwords, lockout,
 * two-factor, bearer tokens and web sessions). Depends on the metadata module, on audit for the
 * login log and on config for stored settings.
 */
package dev.relata.platform.identity;
