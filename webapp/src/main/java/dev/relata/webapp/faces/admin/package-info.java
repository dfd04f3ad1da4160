/**
 * The admin pages: the object manager (entities, their fields, and metadata revisions with
 * rollback), the rule editor (rule files, validation, publishing, rule revisions with rollback),
 * users, departments, roles and the permissions of a role (the access policy's matrix, field and
 * system permissions, its versions with rollback), the security policy, and the read-only login and
 * audit logs. Every change goes through a platform service ({@link
 * dev.relata.platform.customize.ObjectManager}, {@link dev.relata.platform.customize.RuleManager},
 * {@link dev.relata.platform.access.AccessAdministration}, the organisation and identity services)
 * and every log read through the platform's audit package; each checks the system permission the
 * actor needs.
 */
package dev.relata.webapp.faces.admin;
