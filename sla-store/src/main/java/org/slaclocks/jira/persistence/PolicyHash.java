package org.slaclocks.jira.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code POLICY_HASH} of a clock row: the first 8 bytes of the SHA-256 of its policy id. The
 * question indexes hold it (eight bytes, where the policy id itself would pass MySQL's key length
 * limit), so that a search filtered by policy is answered from an index alone. Two policy ids share
 * a hash with a chance of about one in 2^64 per pair.
 */
public final class PolicyHash {
  private PolicyHash() {}

  public static long of(String policyId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(policyId.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
