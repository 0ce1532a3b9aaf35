package org.slaclocks.jira.persistence;

/**
 * The CONTENT_HASH of a clock row: a 64-bit FNV-1a hash of its policy and metric ids, ZERO_AT and
 * CYCLES document (every other column follows from the document, and ZERO_AT from the document and
 * the calendar). It tells a store whether the stored row already says what it would write, and a
 * read whether the row is as it was written. Not a defence against anyone; any single changed
 * character changes it. Public for tools that fill the table directly (benchmarks).
 */
public final class ContentHash {
  private ContentHash() {}

  public static long of(String policyId, String metricId, Long zeroAt, String cycles) {
    long hash = 0xcbf29ce484222325L;
    hash = mix(hash, policyId);
    hash = mix(hash, "\u0000");
    hash = mix(hash, metricId);
    hash = mix(hash, "\u0000");
    hash = mix(hash, zeroAt == null ? "-" : Long.toString(zeroAt));
    hash = mix(hash, "\u0000");
    return mix(hash, cycles);
  }

  private static long mix(long hash, String text) {
    long h = hash;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
