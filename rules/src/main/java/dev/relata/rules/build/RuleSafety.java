package dev.relata.rules.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refuses rule code that reaches beyond the record: files, network, processes, threads, reflection
 * and the JVM itself, loops that could run forever, and imports outside {@code java.math}, {@code
 * java.time} and {@code java.util}. Drools compiles DRL to Java and cannot sandbox it, so the check
 * reads the source before the build, with strings and comments left out.
 *
 * <p>It is a deny list over names, not a proof: it stops what an analyst could write by mistake or
 * copy from the internet, and it is documented as such (docs/rules.md, "What a rule can reach").
 */
public final class RuleSafety {
  private static final Set<String> DENIED_NAMES =
      Set.of(
          "System",
          "Runtime",
          "Thread",
          "ThreadGroup",
          "ThreadLocal",
          "Process",
          "ProcessBuilder",
          "ProcessHandle",
          "Class",
          "ClassLoader",
          "Module",
          "ModuleLayer",
          "SecurityManager",
          "StackWalker",
          "Unsafe",
          "MethodHandles",
          "MethodHandle",
          "Files",
          "File",
          "Path",
          "Paths",
          "FileSystem",
          "FileSystems",
          "RandomAccessFile",
          "FileInputStream",
          "FileOutputStream",
          "FileReader",
          "FileWriter",
          "PrintStream",
          "ObjectInputStream",
          "ObjectOutputStream",
          "Socket",
          "ServerSocket",
          "DatagramSocket",
          "URL",
          "URI",
          "URLConnection",
          "HttpURLConnection",
          "HttpClient",
          "InetAddress",
          "ScriptEngineManager",
          "Executors",
          "ForkJoinPool",
          "CompletableFuture",
          "Timer",
          "getClass",
          "forName",
          "getClassLoader",
          "getDeclaredMethod",
          "getDeclaredField",
          "getMethod",
          "setAccessible",
          "newInstance",
          "invoke",
          "exit",
          "exec",
          "drools",
          "kcontext");

  /** Java and DRL words that would let a rule loop forever, lock, or define code of its own. */
  private static final Set<String> DENIED_WORDS =
      Set.of("while", "for", "do", "synchronized", "goto", "native", "function", "global");

  /** Top-level packages a qualified name may not start with (outside the allowed ones). */
  private static final Set<String> DENIED_ROOTS =
      Set.of("java", "javax", "jakarta", "sun", "com", "org", "jdk", "dev", "net", "io");

  private static final List<String> ALLOWED_PACKAGES =
      List.of("java.math.", "java.time.", "java.util.", "relata.");

  private static final List<String> DENIED_PACKAGES =
      List.of(
          "java.util.concurrent",
          "java.util.jar",
          "java.util.zip",
          "java.util.logging",
          "java.util.prefs",
          "java.util.spi",
          "java.util.ServiceLoader");

  private RuleSafety() {}

  /** The places in {@code drl} that a rule may not use; empty when it is safe to build. */
  public static List<BuildProblem> check(String path, String drl) {
    List<BuildProblem> problems = new ArrayList<>();
    List<Token> tokens = new Lexer(drl).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.text().equals("import")) {
        i = checkImport(path, tokens, i, problems);
        continue;
      }
      String first = token.text().split("\\.", -1)[0];
      if (DENIED_WORDS.contains(token.text())) {
        problems.add(
            problem(
                path,
                token,
                "'"
                    + token.text()
                    + "' is not allowed in rules: use patterns and rule attributes"));
      } else if (token.qualified() && DENIED_ROOTS.contains(first) && !allowed(token.text())) {
        problems.add(problem(path, token, "rules cannot use '" + token.text() + "'"));
      } else {
        for (String part : token.text().split("\\.")) {
          if (DENIED_NAMES.contains(part)) {
            problems.add(
                problem(
                    path,
                    token,
                    "rules cannot use '"
                        + part
                        + "': a rule reaches only its facts and the functions reject, set and"
                        + " assign"));
            break;
          }
        }
      }
    }
    return problems;
  }

  private static int checkImport(
      String path, List<Token> tokens, int at, List<BuildProblem> problems) {
    int next = at + 1;
    if (next >= tokens.size()) {
      return at;
    }
    Token name = tokens.get(next);
    if (name.text().equals("function") || name.text().equals("static")) {
      problems.add(
          problem(
              path,
              name,
              "rules cannot import functions: reject, set and assign are given to every rule"));
      return Math.min(next + 1, tokens.size() - 1); // the imported name is the same problem
    }
    if (!allowed(name.text())) {
      problems.add(
          problem(
              path,
              name,
              "rules may import only from java.math, java.time and java.util, not '"
                  + name.text()
                  + "'"));
    }
    return next;
  }

  private static boolean allowed(String qualifiedName) {
    String name = qualifiedName.endsWith(".*") ? qualifiedName : qualifiedName + ".";
    return ALLOWED_PACKAGES.stream().anyMatch(name::startsWith)
        && DENIED_PACKAGES.stream().noneMatch(name::startsWith);
  }

  private static BuildProblem problem(String path, Token token, String message) {
    return new BuildProblem(path, token.line(), token.column(), message);
  }

  /** A name or a dotted name, where it starts. */
  record Token(String text, int line, int column) {
    boolean qualified() {
      return text.indexOf('.') > 0;
    }
  }

  /** Splits DRL into names, skipping comments, string and character literals, and numbers. */
  static final class Lexer {
    private final String source;
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String source) {
      this.source = source;
    }

    List<Token> tokens() {
      List<Token> tokens = new ArrayList<>();
      while (pos < source.length()) {
        char c = source.charAt(pos);
        if (c == '\n') {
          newLine();
        } else if (source.startsWith("//", pos)) {
          skipTo("\n");
        } else if (source.startsWith("/*", pos)) {
          pos += 2;
          skipBlockComment();
        } else if (c == '"' || c == '\'') {
          skipString(c);
        } else if (Character.isJavaIdentifierStart(c)) {
          tokens.add(name());
        } else if (Character.isDigit(c)) {
          while (pos < source.length()
              && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '.')) {
            pos++;
          }
        } else {
          pos++;
        }
      }
      return tokens;
    }

    private Token name() {
      int start = pos;
      int startLine = line;
      int column = pos - lineStart + 1;
      while (pos < source.length()) {
        char c = source.charAt(pos);
        if (Character.isJavaIdentifierPart(c)) {
          pos++;
        } else if (c == '.'
            && pos + 1 < source.length()
            && (Character.isJavaIdentifierStart(source.charAt(pos + 1))
                || source.charAt(pos + 1) == '*')) {
          pos++;
        } else if (c == '*' && source.charAt(pos - 1) == '.') {
          pos++;
        } else {
          break;
        }
      }
      return new Token(source.substring(start, pos), startLine, column);
    }

    private void skipTo(String end) {
      int at = source.indexOf(end, pos);
      pos = at < 0 ? source.length() : at;
    }

    private void skipBlockComment() {
      while (pos < source.length() && !source.startsWith("*/", pos)) {
        if (source.charAt(pos) == '\n') {
          newLine();
        } else {
          pos++;
        }
      }
      pos = Math.min(pos + 2, source.length());
    }

    private void skipString(char quote) {
      pos++;
      while (pos < source.length()) {
        char c = source.charAt(pos);
        if (c == '\\') {
          pos += 2;
        } else if (c == quote) {
          pos++;
          return;
        } else if (c == '\n') {
          newLine();
        } else {
          pos++;
        }
      }
    }

    private void newLine() {
      pos++;
      line++;
      lineStart = pos;
    }
  }
}
