/**
 * The object manager: entities, their fields, and metadata revisions with rollback. Every change
 * goes through {@link dev.relata.platform.customize.ObjectManager}, which checks that the actor is
 * an administrator.
 */
package dev.relata.webapp.faces.admin;
