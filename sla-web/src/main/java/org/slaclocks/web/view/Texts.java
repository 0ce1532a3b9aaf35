package org.slaclocks.web.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slaclocks.web.host.Viewer;
import org.slaclocks.web.i18n.Messages;

/** The viewer's language and zone, for one request: texts, durations and instants. */
final class Texts {
  private final Messages messages;
  private final ZoneId zone;
  private final DateTimeFormatter instant;
  private final DateTimeFormatter dayTime;

  Texts(Viewer viewer) {
    this.messages = Messages.of(viewer.locale());
    this.zone = viewer.zone();
    this.instant = messages.dateTimeFormat("format.instant");
    this.dayTime = messages.dateTimeFormat("format.dayTime");
  }

  Messages messages() {
    return messages;
  }

  String text(String key, Object... arguments) {
    return messages.text(key, arguments);
  }

  /** One of the engine's causes in the viewer's language ({@link Causes}). */
  String cause(String cause) {
    return Causes.localized(cause, messages);
  }

  String duration(long seconds) {
    return messages.duration(seconds);
  }

  /** "Mon 5 Jan 2026 15:00" in the viewer's zone. */
  String instant(Instant at) {
    return instant.format(at.atZone(zone));
  }

  /**
   * "Tue 6 Jan 2026 03:00 (Tue 09:00 calendar time)" when the zones differ, else the first part.
   */
  String instantWithCalendar(Instant at, ZoneId calendarZone) {
    String local = calendarLocal(at, calendarZone);
    return local.isEmpty() ? instant(at) : instant(at) + " (" + local + ")";
  }

  /** "Fri 17:00" in the viewer's zone. */
  String dayTime(Instant at) {
    return dayTime.format(at.atZone(zone));
  }

  /**
   * "Mon 09:00 calendar time" when the calendar's zone shows another local time than the viewer's
   * at that instant; empty otherwise.
   */
  String calendarLocal(Instant at, ZoneId calendarZone) {
    if (calendarZone.getRules().getOffset(at).equals(zone.getRules().getOffset(at))) {
      return "";
    }
    return messages.text("instant.calendarLocal", dayTime.format(at.atZone(calendarZone)));
  }
}
