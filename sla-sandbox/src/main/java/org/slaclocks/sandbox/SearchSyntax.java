package org.slaclocks.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slaclocks.query.function.SlaFunction;

/**
 * The searches the sandbox answers, read strictly: clauses {@code issue in slaX(arguments)} (also
 * {@code issue not in ...}; {@code issuekey} and {@code key} are JQL's other names of the field),
 * joined with {@code AND}, {@code OR}, {@code NOT} and parentheses, with JQL's precedence (NOT
 * binds tightest, then AND, then OR). Keywords and function names are case-insensitive, as in JQL.
 * Arguments are written as JQL writes them: quoted with {@code "} or {@code '} (a backslash escapes
 * the next character), or unquoted (a run of characters other than spaces, commas, parentheses and
 * quotes). Anything else is a {@link Error} at a character position (1 for the first character).
 */
final class SearchSyntax {
  /** A read search. */
  sealed interface Node {}

  /** Every part holds. */
  record And(List<Node> parts) implements Node {
    And {
      parts = List.copyOf(parts);
    }
  }

  /** Some part holds. */
  record Or(List<Node> parts) implements Node {
    Or {
      parts = List.copyOf(parts);
    }
  }

  /** The part does not hold. */
  record Not(Node part) implements Node {
    Not {
      Objects.requireNonNull(part, "part");
    }
  }

  /** {@code issue in function(arguments)}; {@code position} is where the function's name starts. */
  record Call(SlaFunction function, List<String> arguments, int position) implements Node {
    Call {
      Objects.requireNonNull(function, "function");
      arguments = List.copyOf(arguments);
    }
  }

  /** What the reader expected where it found something else. */
  enum Expected {
    /** A clause: {@code issue in ...}, {@code NOT} or {@code (}. */
    CLAUSE,
    /** {@code in} or {@code not in} after {@code issue}. */
    IN,
    /** An SLA function's name. */
    FUNCTION,
    /** {@code (} after the function's name. */
    OPEN,
    /** An argument. */
    ARGUMENT,
    /** {@code ,} or {@code )} after an argument. */
    COMMA_OR_CLOSE,
    /** {@code )} closing a group. */
    CLOSE,
    /** {@code AND}, {@code OR} or the end of the search. */
    JOIN
  }

  /** Why a search cannot be read, where (1-based character), and what was found there. */
  static final class Error extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    enum Kind {
      /** Nothing but spaces was typed. */
      EMPTY,
      /** Something else than {@link #expected()} was found. */
      EXPECTED,
      /** {@link #found()} is not the name of an SLA function. */
      UNKNOWN_FUNCTION,
      /** A quote is not closed. */
      UNCLOSED_QUOTE
    }

    private final Kind kind;
    private final int position;
    private final Expected expected;
    private final String found;

    Error(Kind kind, int position, Expected expected, String found) {
      super(
          kind
              + " at "
              + position
              + (expected == null ? "" : ", expected " + expected)
              + ": "
              + found);
      this.kind = kind;
      this.position = position;
      this.expected = expected;
      this.found = found;
    }

    Kind kind() {
      return kind;
    }

    /** 1 for the first character; one past the last for the end of the search. */
    int position() {
      return position;
    }

    Expected expected() {
      return expected;
    }

    /** The text found (a token as typed), or null for the end of the search. */
    String found() {
      return found;
    }
  }

  private enum Type {
    WORD,
    QUOTED,
    OPEN,
    CLOSE,
    COMMA,
    END
  }

  private record Token(Type type, String text, int position) {
    boolean isWord(String word) {
      return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    String shown() {
      return type == Type.END ? null : text;
    }
  }

  private final List<Token> tokens;
  private int next;

  private SearchSyntax(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** The search {@code text} as a tree; throws {@link Error} for anything it cannot read. */
  static Node read(String text) {
    String jql = text == null ? "" : text;
    if (jql.isBlank()) {
      throw new Error(Error.Kind.EMPTY, 1, null, null);
    }
    SearchSyntax reader = new SearchSyntax(tokens(jql));
    Node node = reader.or();
    Token end = reader.peek();
    if (end.type() != Type.END) {
      throw reader.expected(Expected.JOIN, end);
    }
    return node;
  }

  private Node or() {
    List<Node> parts = new ArrayList<>();
    parts.add(and());
    while (peek().isWord("or")) {
      next++;
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new Or(parts);
  }

  private Node and() {
    List<Node> parts = new ArrayList<>();
    parts.add(not());
    while (peek().isWord("and")) {
      next++;
      parts.add(not());
    }
    return parts.size() == 1 ? parts.get(0) : new And(parts);
  }

  private Node not() {
    if (peek().isWord("not")) {
      next++;
      return new Not(not());
    }
    return clause();
  }

  private Node clause() {
    Token token = take();
    if (token.type() == Type.OPEN) {
      Node inside = or();
      Token close = take();
      if (close.type() != Type.CLOSE) {
        throw expected(Expected.CLOSE, close);
      }
      return inside;
    }
    if (!token.isWord("issue") && !token.isWord("issuekey") && !token.isWord("key")) {
      throw expected(Expected.CLAUSE, token);
    }
    boolean negated = false;
    Token in = take();
    if (in.isWord("not")) {
      negated = true;
      in = take();
    }
    if (!in.isWord("in")) {
      throw expected(Expected.IN, in);
    }
    Node call = call();
    return negated ? new Not(call) : call;
  }

  private Call call() {
    Token name = take();
    if (name.type() != Type.WORD) {
      throw expected(Expected.FUNCTION, name);
    }
    SlaFunction function =
        SlaFunction.named(name.text())
            .orElseThrow(
                () -> new Error(Error.Kind.UNKNOWN_FUNCTION, name.position(), null, name.text()));
    Token open = take();
    if (open.type() != Type.OPEN) {
      throw expected(Expected.OPEN, open);
    }
    List<String> arguments = new ArrayList<>();
    if (peek().type() == Type.CLOSE) {
      next++;
      return new Call(function, arguments, name.position());
    }
    while (true) {
      Token argument = take();
      if (argument.type() != Type.WORD && argument.type() != Type.QUOTED) {
        throw expected(Expected.ARGUMENT, argument);
      }
      arguments.add(argument.text());
      Token after = take();
      if (after.type() == Type.CLOSE) {
        return new Call(function, arguments, name.position());
      }
      if (after.type() != Type.COMMA) {
        throw expected(Expected.COMMA_OR_CLOSE, after);
      }
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token take() {
    Token token = tokens.get(next);
    if (token.type() != Type.END) {
      next++;
    }
    return token;
  }

  private Error expected(Expected what, Token found) {
    return new Error(Error.Kind.EXPECTED, found.position(), what, found.shown());
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        Type type = c == '(' ? Type.OPEN : c == ')' ? Type.CLOSE : Type.COMMA;
        out.add(new Token(type, String.valueOf(c), i + 1));
        i++;
      } else if (c == '"' || c == '\'') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != c) {
          if (text.charAt(j) == '\\' && j + 1 < text.length()) {
            j++;
          }
          value.append(text.charAt(j));
          j++;
        }
        if (j >= text.length()) {
          throw new Error(Error.Kind.UNCLOSED_QUOTE, i + 1, null, String.valueOf(c));
        }
        out.add(new Token(Type.QUOTED, value.toString(), i + 1));
        i = j + 1;
      } else {
        int j = i;
        while (j < text.length() && !ends(text.charAt(j))) {
          j++;
        }
        out.add(new Token(Type.WORD, text.substring(i, j), i + 1));
        i = j;
      }
    }
    out.add(new Token(Type.END, "", text.length() + 1));
    return out;
  }

  private static boolean ends(char c) {
    return Character.isWhitespace(c) || "(),\"'".indexOf(c) >= 0;
  }

  /** The function names, for messages. */
  static String functionNames() {
    List<String> names = new ArrayList<>();
    for (SlaFunction f : SlaFunction.values()) {
      names.add(f.functionName());
    }
    return String.join(", ", names);
  }
}
