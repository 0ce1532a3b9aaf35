package org.slaclocks.jira.build;

/**
 * One Atlassian type or member the app's bytecode references: {@code kind} is {@code type}, {@code
 * interface method}, {@code method}, {@code static method}, {@code static interface method}, {@code
 * constructor}, {@code field} or {@code static field}; {@code member} and {@code descriptor} are
 * {@code -} for a type. Owners are internal names ({@code com/atlassian/jira/issue/Issue}).
 */
record ApiReference(String owner, String kind, String member, String descriptor) {
  /** How the list's section on Jira 8 evidence names it: {@code SearchService.search}. */
  String shortName() {
    String type = owner.substring(owner.lastIndexOf('/') + 1).replace('$', '.');
    return member.equals("-") ? type : type + "." + member;
  }

  static ApiReference type(String owner) {
    return new ApiReference(owner, "type", "-", "-");
  }

  /**
   * The row of docs/jira-api-references.md for this reference, with a status, the newest Jira
   * version whose evidence shows it ({@code 9+} or {@code ≤8}) and a source.
   */
  String row(String status, String jira, String source) {
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
        + jira
        + " | "
        + source
        + " |";
  }
}
