package dev.relata.metadata.error;

import java.util.List;

/**
 * A request that cannot be carried out; nothing was changed when this is thrown. Its message is a
 * {@link Message}: English in the API ({@link #getMessage()}), the user's language on a page.
 */
public class RelataException extends RuntimeException {
  private final ErrorKind kind;
  private final Message text;
  private final List<FieldProblem> problems;

  public RelataException(ErrorKind kind, Message text, List<FieldProblem> problems) {
    super(text.english());
    this.kind = kind;
    this.text = text;
    this.problems = List.copyOf(problems);
  }

  public RelataException(ErrorKind kind, Message text) {
    this(kind, text, List.of());
  }

  public ErrorKind kind() {
    return kind;
  }

  /** The message, to show in a language of the caller's choice. */
  public Message text() {
    return text;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The same refusal with another message, e.g. one that says where the problem was found. */
  public RelataException withText(Message text) {
    return new RelataException(kind, text, problems);
  }

  public static RelataException badRequest(String key, Object... args) {
    return new RelataException(ErrorKind.BAD_REQUEST, Message.of(key, args));
  }

  public static RelataException unauthorized(String key, Object... args) {
    return new RelataException(ErrorKind.UNAUTHORIZED, Message.of(key, args));
  }

  public static RelataException forbidden(String key, Object... args) {
    return new RelataException(ErrorKind.FORBIDDEN, Message.of(key, args));
  }

  public static RelataException notFound(String key, Object... args) {
    return new RelataException(ErrorKind.NOT_FOUND, Message.of(key, args));
  }

  public static RelataException conflict(String key, Object... args) {
    return new RelataException(ErrorKind.CONFLICT, Message.of(key, args));
  }

  /**
   * Refuses a request for the problems found in it; the message is the problem's own when there is
   * one, else says how many there are.
   */
  public static RelataException invalid(List<FieldProblem> problems) {
    Message text =
        problems.size() == 1
            ? problems.get(0).text()
            : Message.of("request.problems", problems.size());
    return new RelataException(ErrorKind.UNPROCESSABLE, text, problems);
  }

  /** Refuses a request for one problem with one field. */
  public static RelataException invalid(String field, String code, String key, Object... args) {
    return invalid(List.of(new FieldProblem(field, code, Message.of(key, args))));
  }
}
