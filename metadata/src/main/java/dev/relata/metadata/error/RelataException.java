package dev.relata.metadata.error;

import java.util.List;

/** A request that cannot be carried out; nothing was changed when this is thrown. */
public class RelataException extends RuntimeException {
  private final ErrorKind kind;
  private final List<FieldProblem> problems;

  public RelataException(ErrorKind kind, String message) {
    this(kind, message, List.of());
  }

  public RelataException(ErrorKind kind, String message, List<FieldProblem> problems) {
    super(message);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public ErrorKind kind() {
    return kind;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public static RelataException badRequest(String message) {
    return new RelataException(ErrorKind.BAD_REQUEST, message);
  }

  public static RelataException notFound(String message) {
    return new RelataException(ErrorKind.NOT_FOUND, message);
  }

  public static RelataException conflict(String message) {
    return new RelataException(ErrorKind.CONFLICT, message);
  }

  public static RelataException forbidden(String message) {
    return new RelataException(ErrorKind.FORBIDDEN, message);
  }

  public static RelataException unprocessable(String message, List<FieldProblem> problems) {
    return new RelataException(ErrorKind.UNPROCESSABLE, message, problems);
  }

  public static RelataException unprocessable(String field, String code, String message) {
    return new RelataException(
        ErrorKind.UNPROCESSABLE, message, List.of(new FieldProblem(field, code, message)));
  }
}
