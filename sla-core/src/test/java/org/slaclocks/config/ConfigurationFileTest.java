package org.slaclocks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slaclocks.Examples;
import org.slaclocks.format.Json;
import org.slaclocks.format.PolicyJson;
import org.slaclocks.policy.SlaConfiguration;
import org.slaclocks.policy.SlaPolicy;

class ConfigurationFileTest {
  private static List<ConfigDocument> helpdesk() throws IOException {
    return ConfigurationFile.split(Examples.helpdeskPolicies());
  }

  private static ConfigDocument doc(List<ConfigDocument> docs, DocumentKind kind, String id) {
    return ConfigurationFile.find(docs, kind, id).orElseThrow();
  }

  private static List<ConfigDocument> replace(List<ConfigDocument> docs, ConfigDocument changed) {
    List<ConfigDocument> out = new ArrayList<>();
    docs.stream()
        .filter(d -> !(d.kind() == changed.kind() && d.id().equals(changed.id())))
        .forEach(out::add);
    out.add(changed);
    return out;
  }

  private static List<DocumentProblem> problems(List<ConfigDocument> docs) {
    try {
      ConfigurationFile.read(docs, 7);
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("expected the configuration to be refused");
  }

  @Test
  void aPolicyFileIsOneDocumentPerCalendarAndPolicyAndItsOrderAgentsAndSettings()
      throws IOException {
    List<ConfigDocument> docs = helpdesk();

    assertThat(docs)
        .extracting(ConfigDocument::name)
        .containsExactlyInAnyOrder(
            "calendar/EMEA office",
            "calendar/Americas office",
            "calendar/24/7",
            "policy/vip",
            "policy/standard",
            "policy/operations",
            "policy-order/default",
            "agents/default",
            "settings/default");
    assertThat(doc(docs, DocumentKind.POLICY_ORDER, "default").json().toString())
        .isEqualTo("{\"order\":[\"vip\",\"standard\",\"operations\"]}");
  }

  @Test
  void theDocumentsReadAsTheFileTheyCameFrom() throws IOException {
    SlaConfiguration original = PolicyJson.parse(Examples.helpdeskPolicies());

    SlaConfiguration read = ConfigurationFile.read(helpdesk(), original.version());
    SlaConfiguration again =
        PolicyJson.read(ConfigurationFile.assemble(helpdesk(), original.version()));

    assertThat(read).isEqualTo(original);
    assertThat(again).isEqualTo(original);
  }

  @Test
  void theOrderDocumentDecidesWhichPolicyMatchesFirst() throws IOException {
    List<ConfigDocument> docs = helpdesk();
    ObjectNode order = Json.MAPPER.createObjectNode();
    order.putArray("order").add("standard").add("deleted-long-ago").add("vip");

    SlaConfiguration config =
        ConfigurationFile.read(
            replace(docs, new ConfigDocument(DocumentKind.POLICY_ORDER, "default", order)), 2);

    assertThat(config.policies())
        .extracting(SlaPolicy::id)
        .as("named first, a name without a policy passed over, the rest by id")
        .containsExactly("standard", "vip", "operations");
  }

  @Test
  void everyProblemIsFoundInTheDocumentItIsIn() throws IOException {
    List<ConfigDocument> docs = helpdesk();
    ObjectNode emea =
        (ObjectNode) doc(docs, DocumentKind.CALENDAR, "EMEA office").json().deepCopy();
    emea.put("zone", "Europe/Amstredam");
    ObjectNode vip = (ObjectNode) doc(docs, DocumentKind.POLICY, "vip").json().deepCopy();
    ((ObjectNode) vip.get("metrics").get(0).get("goals").get(0)).put("target", "4 hours");
    ObjectNode order = Json.MAPPER.createObjectNode();
    order.putArray("order").add("vip").add("vip");
    List<ConfigDocument> changed =
        replace(
            replace(
                replace(docs, new ConfigDocument(DocumentKind.CALENDAR, "EMEA office", emea)),
                new ConfigDocument(DocumentKind.POLICY, "vip", vip)),
            new ConfigDocument(DocumentKind.POLICY_ORDER, "default", order));

    assertThat(problems(changed))
        .extracting(p -> p.kind() + " " + p.id() + " " + p.path())
        .contains(
            "CALENDAR EMEA office zone",
            "POLICY vip metrics[0].goals[0].target",
            "POLICY_ORDER default order[1]");
  }

  @Test
  void deletingACalendarAPolicyUsesIsAProblemOfThatPolicy() throws IOException {
    List<ConfigDocument> docs = new ArrayList<>(helpdesk());
    docs.removeIf(d -> d.kind() == DocumentKind.CALENDAR && d.id().equals("24/7"));

    List<DocumentProblem> problems = problems(docs);

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(DocumentKind.POLICY));
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("24/7"));
  }

  @Test
  void aDocumentMustNameItselfAsItIsSaved() throws IOException {
    List<ConfigDocument> docs = helpdesk();
    JsonNode emea = doc(docs, DocumentKind.CALENDAR, "EMEA office").json();

    List<DocumentProblem> problems =
        problems(replace(docs, new ConfigDocument(DocumentKind.CALENDAR, "Office", emea)));

    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(DocumentKind.CALENDAR);
              assertThat(p.id()).isEqualTo("Office");
              assertThat(p.path()).isEqualTo("name");
              assertThat(p.message()).contains("must be \"Office\"");
            });
  }

  @Test
  void settingsAndAgentsProblemsAreTheirs() throws IOException {
    List<ConfigDocument> docs = helpdesk();
    ObjectNode settings = Json.MAPPER.createObjectNode();
    settings.putObject("colours");
    ObjectNode agents = Json.MAPPER.createObjectNode();
    agents.put("users", "not a list");

    List<DocumentProblem> problems =
        problems(
            replace(
                replace(docs, new ConfigDocument(DocumentKind.SETTINGS, "default", settings)),
                new ConfigDocument(DocumentKind.AGENTS, "default", agents)));

    assertThat(problems)
        .extracting(p -> p.kind() + " " + p.path())
        .contains("SETTINGS colours", "AGENTS users");
  }

  @Test
  void noPolicyAtAllIsAProblemOfTheWholeConfiguration() throws IOException {
    List<ConfigDocument> docs = new ArrayList<>(helpdesk());
    docs.removeIf(d -> d.kind() == DocumentKind.POLICY);

    assertThat(problems(docs))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isNull();
              assertThat(p.path()).isEqualTo("policies");
            });
  }

  @Test
  void anInvalidFileIsRefusedWholeWithItsProblemsInTheirDocuments() throws IOException {
    ObjectNode file = (ObjectNode) Json.parse(Examples.helpdeskPolicies(), "test");
    ((ObjectNode) ((ArrayNode) file.get("calendars")).get(1)).put("zone", "Mars/Olympus");

    assertThatThrownBy(() -> ConfigurationFile.split(file.toString()))
        .isInstanceOf(InvalidConfigurationException.class)
        .satisfies(
            e ->
                assertThat(((InvalidConfigurationException) e).problems())
                    .extracting(DocumentProblem::path)
                    .containsExactly("calendars[1].zone"));
    assertThatThrownBy(() -> ConfigurationFile.split("{\"calendars\": ["))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("malformed JSON");
  }
}
