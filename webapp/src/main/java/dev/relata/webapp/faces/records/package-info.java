/**
 * End-user pages for records of any entity — list, detail, form, recycle bin — generated from the
 * entity's definition. Values cross the form as typed Java values and are turned into the plain
 * JSON-like values {@link dev.relata.platform.records.RecordService} takes; field problems come
 * back as messages on the field's own component.
 */
package dev.relata.webapp.faces.records;
