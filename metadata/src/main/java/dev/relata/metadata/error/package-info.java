/**
 * The one error type every layer throws when a request cannot be carried out, with the field
 * problems a client or a form shows. The webapp maps its {@link
 * dev.relata.metadata.error.ErrorKind} to an HTTP status; nothing here depends on the web layer.
 *
 * <p>Messages are keys of {@code messages.properties} (English, the API's language) and {@code
 * messages_zh_CN.properties}. A key is always a string literal given straight to a factory called
 * through its class ({@code Message.of("entity.exists", name)}, {@code FieldProblem.of(field, code,
 * "field.length.out_of_range", max, type)}, {@code RelataException.notFound("…", …)}, {@code
 * RelataException.invalid(field, code, "…", …)}), so that a test can find every key in the sources
 * and check it has both texts. A key with no arguments goes through {@code new
 * RelataException(kind, Message.of(key))}: {@code badRequest(key)} alone would pick the deprecated
 * overload that takes an English text.
 */
package dev.relata.metadata.error;
