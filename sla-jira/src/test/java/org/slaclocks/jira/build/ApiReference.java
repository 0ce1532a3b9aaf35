package org.slaclocks.jira.build;

/**
 * One Atlassian type or member the app's bytecode references: {@code kind} is {@code type}, {@code
 * interface method}, {@code method}, {@code static method}, {@code static interface method}, {@code
 * constructor}, {@code field} or {@code static field}; {@code member} and {@code descriptor} are
 * {@code -} for a type. Owners are internal names ({@code com/atlassian/jira/issue/Issue}).
 */
record ApiReference(String owner, String kind, String member, String descriptor) {
  static ApiReference type(String owner) {
    return new ApiReference(owner, "type", "-", "-");
  }

  /** The row of docs/jira-api-references.md for this reference, with a status and a source. */
  String row(String status, String source) {
    return "| `"
        + owner
        + "` | "
        + kind
        + " | `"
        + member
        + "` | `"
        + descriptor
        + "` | "
        + status
        + " | "
        + source
        + " |";
  }
}
