/**
 * Access control in the running platform: the access policy in force, administrators' changes to it
 * (checked, versioned, audited), and the system permissions an actor carries.
 */
package dev.relata.platform.access;
