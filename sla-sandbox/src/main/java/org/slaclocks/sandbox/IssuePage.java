package org.slaclocks.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An issue's page ({@code $issue}): its fields, its countdown fields (the web layer's {@code
 * countdown.vm}, rendered), its SLA panel ({@code panel.vm}, rendered) and the actions reminders
 * and escalations did on it, in Jira's layout.
 */
public record IssuePage(
    IssueFields fields,
    String key,
    String createdText,
    String updatedText,
    List<Field> countdowns,
    String panelHtml,
    List<AlertActionLine> alertActions) {

  /** A labelled value; {@code valueHtml} only for the web layer's rendered fragments. */
  public record Field(String id, String name, String valueHtml) {}

  /** An action of a reminder or escalation, as the sandbox recorded it. */
  public record AlertActionLine(String kind, String atIso, String atText, String text) {}

  public boolean hasAlertActions() {
    return !alertActions.isEmpty();
  }

  /** A labelled plain-text value (escaped when printed). */
  public record Detail(String name, String value) {}

  static IssuePage of(
      IssueFields fields,
      String key,
      List<Field> countdowns,
      String panelHtml,
      List<SandboxOutbox.IssueAction> actions,
      SandboxViewers.Current current,
      SandboxTexts text) {
    return new IssuePage(
        fields,
        key,
        time(fields.created(), current),
        time(fields.updated(), current),
        countdowns,
        panelHtml,
        actions.stream()
            .map(
                a ->
                    new AlertActionLine(
                        a.kind(), a.at().toString(), time(a.at(), current), a.text()))
            .toList());
  }

  /** The plain-text details, in Jira's order: type, status, priority, resolution, ... */
  public List<Detail> plainDetails(SandboxTexts text) {
    List<Detail> out = new ArrayList<>();
    String none = text.get("sandbox.none");
    out.add(new Detail(text.get("sandbox.field.type"), orElse(fields.issueType(), none)));
    out.add(new Detail(text.get("sandbox.field.status"), orElse(fields.status(), none)));
    out.add(new Detail(text.get("sandbox.field.priority"), orElse(fields.priority(), none)));
    out.add(new Detail(text.get("sandbox.field.resolution"), orElse(fields.resolution(), none)));
    out.add(
        new Detail(
            text.get("sandbox.field.labels"),
            fields.labels().isEmpty() ? none : String.join(", ", fields.labels())));
    out.add(
        new Detail(
            text.get("sandbox.field.components"),
            fields.components().isEmpty() ? none : String.join(", ", fields.components())));
    for (Map.Entry<String, String> custom :
        new java.util.TreeMap<>(fields.customFields()).entrySet()) {
      out.add(new Detail(custom.getKey(), custom.getValue()));
    }
    return out;
  }

  private static String orElse(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }

  private static String time(Instant instant, SandboxViewers.Current current) {
    return instant == null ? "" : PageFrame.formatted(instant, current);
  }
}
