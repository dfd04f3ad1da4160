/**
 * The admin pages: the object manager (entities, their fields, and metadata revisions with
 * rollback), the rule editor (rule files, validation, publishing, rule revisions with rollback) and
 * the read-only login and audit logs. Every change goes through {@link
 * dev.relata.platform.customize.ObjectManager} or {@link dev.relata.platform.customize.RuleManager}
 * and every log read through the platform's audit package, which check that the actor is an
 * administrator.
 */
package dev.relata.webapp.faces.admin;
