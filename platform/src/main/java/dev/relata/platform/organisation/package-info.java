/**
 * The organisation administrators manage: the department tree, roles as named objects, and the
 * users' place in both (department, manager, roles, status), with every change written to the admin
 * audit log in the same transaction. Only administrators may call these services; each checks that
 * itself. Depends on identity (users, credentials), audit and the metadata catalog (to reassign the
 * records a deactivated user owned).
 */
package dev.relata.platform.organisation;
