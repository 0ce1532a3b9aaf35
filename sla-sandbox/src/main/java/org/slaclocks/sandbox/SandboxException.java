package org.slaclocks.sandbox;

/** Input or environment the sandbox cannot start with; the message says what to do. */
public final class SandboxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SandboxException(String message) {
    super(message);
  }

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
