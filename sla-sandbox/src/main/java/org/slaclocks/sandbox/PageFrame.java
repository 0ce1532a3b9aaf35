package org.slaclocks.sandbox;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What the header of every page shows: the banner, the person switch, the language switch and the
 * time, in the viewer's language and zone. Templates read it as {@code $frame}.
 *
 * @param returnPath where the switch forms bring the person back to (a path of this server)
 */
public record PageFrame(
    SandboxTexts text,
    SandboxViewers.Current current,
    List<PersonChoice> people,
    String nowIso,
    String nowText,
    boolean timeFrozen,
    String returnPath) {

  /** One person of the switch. */
  public record PersonChoice(String userKey, String label, boolean selected) {}

  static PageFrame of(
      SandboxTexts text,
      SandboxViewers.Current current,
      SandboxPeople people,
      Instant now,
      boolean frozen,
      String returnPath) {
    List<PersonChoice> choices =
        people.all().stream()
            .map(
                p ->
                    new PersonChoice(
                        p.userKey(),
                        p.displayName()
                            + " ("
                            + text.get(
                                "sandbox.role." + p.role().name(),
                                String.join(", ", p.hiddenProjects()))
                            + ")",
                        p.userKey().equals(current.person().userKey())))
            .toList();
    return new PageFrame(
        text, current, choices, now.toString(), formatted(now, current), frozen, returnPath);
  }

  static String formatted(Instant instant, SandboxViewers.Current current) {
    Locale locale = current.locale();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(locale)
            .withZone(current.person().zone())
            .format(instant)
        + " ("
        + current.person().zone().getId()
        + ")";
  }

  public String personName() {
    return current.person().displayName();
  }

  public String language() {
    return current.locale().getLanguage();
  }

  public String timeText() {
    return text.get(timeFrozen ? "sandbox.time.frozen" : "sandbox.time.running", nowText);
  }
}
