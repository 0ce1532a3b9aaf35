package org.slaclocks.sandbox;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Escapes what a {@code $reference} prints as HTML, as Jira's Velocity does for apps, except when
 * the reference's last name ends in {@code Html} ({@code $panelHtml}, {@code $view.bodyHtml()}):
 * those hold markup that was escaped where it was made.
 */
public final class HtmlEscapingHandler implements ReferenceInsertionEventHandler {
  @Override
  public Object referenceInsert(String reference, Object value) {
    if (value == null || isHtml(reference)) {
      return value;
    }
    return escape(value.toString());
  }

  /** Whether the reference's last segment (a property or a method) ends in {@code Html}. */
  static boolean isHtml(String reference) {
    String name = reference.strip();
    name = name.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
    // Drop the arguments of a trailing method call: $a.b("x.y") -> $a.b
    if (name.endsWith(")")) {
      int depth = 0;
      for (int i = name.length() - 1; i >= 0; i--) {
        char c = name.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          name = name.substring(0, i);
          break;
        }
      }
    }
    int dot = name.lastIndexOf('.');
    String last = dot >= 0 ? name.substring(dot + 1) : name;
    return last.endsWith("Html");
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
