package org.slaclocks.tracking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The due index over stored clocks: each clock with reminders or escalations keeps the instant of
 * its next trigger ({@code nextTriggerAt}) and the instant from which its firings are still owed
 * ({@code triggersFrom}: firings due before it were handled, or came from before their rules
 * applied to the clock, and are never sent). The store writes both with the clock (from {@link
 * ClockUpdate#triggers}); the alert job reads the due ones and advances them.
 */
public interface TriggerSchedule {

  /**
   * What the store keeps of a clock's triggers: {@code arming} identifies the metric's definition
   * (policy, goals, rules, ...: {@link TriggerArming#of}); a clock whose arming changed owes no
   * firing due before the change.
   */
  record Triggers(String arming, Instant from, Instant next) {
    public Triggers {
      Objects.requireNonNull(arming, "arming");
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * A clock whose next trigger is due, as read, with the arming it was stored with (null when none
   * is stored); its position in the due order is (next, id).
   */
  record DueClock(
      long clockId, long issueId, String metricId, String arming, Instant next, Instant from) {
    public DueClock {
      Objects.requireNonNull(metricId, "metricId");
      Objects.requireNonNull(next, "next");
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * Up to {@code limit} clocks whose next trigger is at or before {@code now}, in the order (next,
   * clock id), starting strictly after {@code after} (null: from the first). A caller that pages
   * with the last clock it got sees every due clock once per pass, however many fail.
   */
  List<DueClock> due(Instant now, DueClock after, int limit);

  /**
   * After the due firings of {@code clock} up to {@code handledTo} are planned: its firings are
   * owed from {@code handledTo} on and its next trigger is {@code next} (null: none to come). Does
   * nothing, and answers false, when the clock's row changed since it was read (a recompute stored
   * it, with its own next trigger).
   */
  boolean advance(DueClock clock, Instant handledTo, Instant next);

  /** What is stored of the triggers of these issues' clocks: issue id, then metric id. */
  Map<Long, Map<String, Triggers>> triggers(Collection<Long> issueIds);
}
