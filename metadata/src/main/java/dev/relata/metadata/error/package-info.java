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
 * and check it has both texts ({@code MessageKeysTest} in the webapp, which sees every module). A
 * text is never given in place of a key: there is no factory that takes one, so the compiler and
 * that test keep every message translatable.
 *
 * <p>Pages show {@link dev.relata.metadata.error.Message#in(java.util.Locale)} in the user's
 * language; the API answers {@link dev.relata.metadata.error.Message#english()}. Code that must
 * tell one refusal from another compares {@link dev.relata.metadata.error.Message#key()}, never the
 * text.
 */
package dev.relata.metadata.error;
