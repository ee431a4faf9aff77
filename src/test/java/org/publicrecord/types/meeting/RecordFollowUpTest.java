package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.output.Paging;
import org.publicrecord.testing.BuiltSite;

/**
 * The record followed through, built on a fixed day from the example site plus a committee of its
 * own (the Test Forum), two of its meetings, an event and five actions: the decisions register and
 * its views, the actions each meeting looked at again (matters arising) and the meetings that
 * looked at each action, and the closure figures of the committee and the event, to the number.
 */
class RecordFollowUpTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path folder;
    static BuiltSite site;

    @BeforeAll
    static void build() throws IOException {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("meetings/2026/2026-02-03-tst-forum.md", meeting("2026-02-03", "Test Forum meeting, 3 February 2026", "", """
                decisions:
                  - text: Start the parks programme.
                    actions: [TST-2026-11, TST-2026-12]
                  - text: Choose a new venue.
                    outcome: deferred
                  - text: Meet in the evening.
                    outcome: not-agreed
                """, "The forum met."));
        content.put("meetings/2026/2026-04-07-tst-forum.md", meeting("2026-04-07", "Test Forum meeting, 7 April 2026", """
                agenda:
                  - title: Matters arising
                    actions: [TST-2026-11]
                """, """
                decisions:
                  - text: Note the report on the parks programme.
                    outcome: noted
                """, "The lead said TST-2026-12 is late. TST-2026-13 was not discussed here, only heard."));
        content.put("events/2026/tst-forum-day.md", """
                ---
                title: Forum listening day
                type: event
                date: 2026-01-10
                summary: People told the forum what they think.
                heard:
                  - id: parks
                    text: Parks could be used much more.
                  - id: buses
                    text: Buses are slow.
                  - id: benches
                    text: There are too few benches.
                ---

                ## What happened

                People came.
                """);
        content.put("actions/tst-2026-11.md", action("TST-2026-11", "done", "2026-03-31", "2026-03-05", "  meeting: 2026-02-03-tst-forum", ""));
        content.put("actions/tst-2026-12.md", action("TST-2026-12", "in-progress", "2026-06-30", null, "  meeting: 2026-02-03-tst-forum", ""));
        content.put("actions/tst-2026-13.md", action("TST-2026-13", "done", "2026-02-28", "2026-01-30", "  event: tst-forum-day\n  item: parks", ""));
        content.put("actions/tst-2026-14.md", action("TST-2026-14", "open", "2026-12-31", null, "  event: tst-forum-day\n  item: parks", ""));
        content.put("actions/tst-2026-15.md", action("TST-2026-15", "not-taken-forward", null, null, "  event: tst-forum-day\n  item: buses",
                "reason: The buses are run by Transport for London.\n"));
        Path source = FixtureSite.create(folder.resolve("source"), content);
        Files.writeString(source.resolve("data/committees.yaml"), """
                - id: tst-forum
                  name: Test Forum
                  purpose: A committee for the tests.
                  frequency: Twice a year
                  public: true
                  members:
                    - organisation: lewisham-council
                      role: Chair
                """, StandardOpenOption.APPEND);
        site = BuiltSite.build(source, folder.resolve("site"), TODAY);
    }

    @Test
    void theRegisterListsEveryDecisionNewestFirstWithItsOutcomeAndActions() {
        Document view = site.page("decisions/committee/tst-forum/");
        assertThat(view.selectFirst("h1").text()).isEqualTo("Decisions of Test Forum");
        List<Element> decisions = view.select(".decision-register > li");
        assertThat(decisions).extracting(li -> li.selectFirst("h2 a").attr("href")).containsExactly(
                "../../../meetings/2026/2026-04-07-tst-forum/#decision-1",
                "../../../meetings/2026/2026-02-03-tst-forum/#decision-1",
                "../../../meetings/2026/2026-02-03-tst-forum/#decision-2",
                "../../../meetings/2026/2026-02-03-tst-forum/#decision-3");
        assertThat(decisions).extracting(li -> li.selectFirst(".tag").text()).containsExactly("Noted", "Agreed", "Deferred", "Not agreed");
        assertThat(decisions.get(1).select(".action-list a")).extracting(a -> a.attr("href"))
                .containsExactly("../../../actions/tst-2026-11/", "../../../actions/tst-2026-12/");
        assertThat(decisions.get(1).text()).contains("Themes: Having your say");
        assertThat(view.text()).contains("4 decisions.");
        // The year's view holds them too, among the example site's, in pages of 25 as the tracker is; the register links to both views.
        Document year = site.page("decisions/2026/");
        Document yearPage2 = site.page("decisions/2026/page/2/");
        assertThat(year.select(".decision-register > li")).hasSize(Paging.PAGE_SIZE);
        assertThat(year.select(".decision-register a[href*=tst-forum/#decision-]").size()
                + yearPage2.select(".decision-register a[href*=tst-forum/#decision-]").size()).isEqualTo(4);
        assertThat(year.select(".list-pagination a[href$=page/2/]")).isNotEmpty();
        Document register = site.page("decisions/");
        assertThat(register.select(".tracker-views a").eachAttr("href")).contains("../decisions/committee/tst-forum/", "../decisions/2026/");
        // Each decision keeps its anchor on its meeting page, as a heading rather than a link to itself.
        Document meeting = site.page("meetings/2026/2026-02-03-tst-forum/");
        assertThat(meeting.select("#decision-2 h3").text()).isEqualTo("Decision 2 Deferred");
        assertThat(meeting.select("a[href=#decision-2]")).isEmpty();
    }

    @Test
    void aMeetingListsTheActionsItLookedAtAgainAndEachActionItsMeetings() {
        Document later = site.page("meetings/2026/2026-04-07-tst-forum/");
        // From the agenda item's list and the minutes' mention; TST-2026-13 is mentioned too but was heard at an event, so it counts as well.
        assertThat(later.select("#meeting-reviewed + ul a[href^=../../../actions/]").eachAttr("href"))
                .containsExactly("../../../actions/tst-2026-11/", "../../../actions/tst-2026-12/", "../../../actions/tst-2026-13/");
        // The meeting that raised the actions does not list them as looked at again.
        assertThat(site.page("meetings/2026/2026-02-03-tst-forum/").select("#meeting-reviewed")).isEmpty();
        for (String action : List.of("tst-2026-11", "tst-2026-12", "tst-2026-13")) {
            assertThat(site.page("actions/" + action + "/").select("#action-reviewed + ul a").eachAttr("href"))
                    .as(action).containsExactly("../../meetings/2026/2026-04-07-tst-forum/");
        }
        assertThat(site.page("actions/tst-2026-14/").select("#action-reviewed")).isEmpty();
    }

    @Test
    void closureFiguresCountWhatWasSaidWhatChangedTheMedianDaysAndOverdue() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Element row : site.page("actions/").select("#tracker-closure ~ * table tbody tr, #tracker-closure + * table tbody tr")) {
            rows.put(row.selectFirst("th").text(), row.select("td").eachText());
        }
        // The committee: two things said (its two actions), one done 30 days after the meeting, one overdue.
        assertThat(rows.get("Test Forum")).containsExactly("2", "1 (50%)", "30", "1");
        // The event: three things heard, one led to a change (done 20 days after), one not taken forward, one unanswered.
        assertThat(rows.get("Forum listening day")).containsExactly("3", "1 (33%)", "20", "0");
        assertThat(site.page("events/2026/tst-forum-day/").selectFirst(".closure-line").text())
                .startsWith("Of the 3 things we heard here, 1 led to a change made (33%). The median time from hearing to done was 20 days. Actions overdue: 0.");
    }

    @Test
    void decisionsAndMeetingsOpenDataReadBackAndMeetTheirPublishedSchemas() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode decisions = mapper.readTree(site.text("open-data/decisions.json"));
        JsonNode meetings = mapper.readTree(site.text("open-data/meetings.json"));
        assertThat(validate("open-data/decisions.schema.json", decisions)).isEmpty();
        assertThat(validate("open-data/meetings.schema.json", meetings)).isEmpty();
        assertThat(decisions.path("licence").path("name").asText()).isEqualTo("Open Government Licence v3.0");

        // The fixture's decisions, as the register shows them.
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        decisions.path("decisions").forEach(decision -> byId.put(decision.path("id").asText(), decision));
        JsonNode first = byId.get("2026-02-03-tst-forum#decision-1");
        assertThat(first.path("outcome").asText()).isEqualTo("agreed");
        assertThat(first.path("actions")).extracting(JsonNode::asText).containsExactly("TST-2026-11", "TST-2026-12");
        assertThat(first.path("url").asText()).endsWith("meetings/2026/2026-02-03-tst-forum/#decision-1");
        assertThat(byId.get("2026-02-03-tst-forum#decision-3").path("outcome").asText()).isEqualTo("not-agreed");
        // As many as the register counts.
        String count = site.page("decisions/").select("main p").eachText().stream()
                .filter(text -> text.matches("\\d+ decisions\\.")).findFirst().orElseThrow();
        assertThat(byId).hasSize(Integer.parseInt(count.split(" ")[0]));

        // The CSV has the same decisions, in the same order.
        try (CSVParser csv = CSVParser.parse(site.text("open-data/decisions.csv"),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = csv.getRecords();
            assertThat(csv.getHeaderNames()).containsExactlyElementsOf(RecordData.DECISION_COLUMNS);
            assertThat(rows).extracting(row -> row.get("id")).containsExactlyElementsOf(byId.keySet());
            CSVRecord row = rows.stream().filter(r -> r.get("id").equals("2026-02-03-tst-forum#decision-1")).findFirst().orElseThrow();
            assertThat(row.get("actions")).isEqualTo("TST-2026-11;TST-2026-12");
            assertThat(row.get("committee_name")).isEqualTo("Test Forum");
        }

        // A meeting with what it raised and what it looked at again, and who was there as Popolo memberships.
        JsonNode later = null;
        for (JsonNode meeting : meetings.path("meetings")) {
            if (meeting.path("id").asText().equals("2026-04-07-tst-forum")) {
                later = meeting;
            }
        }
        assertThat(later).isNotNull();
        assertThat(later.path("actions_reviewed")).extracting(JsonNode::asText).containsExactly("TST-2026-11", "TST-2026-12", "TST-2026-13");
        assertThat(later.path("agenda_items").get(0).path("name").asText()).isEqualTo("Matters arising");
        assertThat(later.path("decisions").get(0).path("outcome").asText()).isEqualTo("noted");
        assertThat(later.path("start").asText()).isEqualTo("2026-04-07T10:00:00+01:00");
        // The schema is not a formality: an outcome the meeting schema does not allow is refused.
        ((com.fasterxml.jackson.databind.node.ObjectNode) decisions.path("decisions").get(0)).put("outcome", "approved");
        assertThat(validate("open-data/decisions.schema.json", decisions)).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String schema, JsonNode json) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(site.text(schema), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(json);
    }

    private static String meeting(String date, String title, String agenda, String decisions, String body) {
        return "---\ntitle: " + title + "\ntype: meeting\ndate: " + date + "\nsummary: A meeting for the tests.\ncommittee: tst-forum\n"
                + "start: \"10:00\"\nend: \"12:00\"\nmeeting_status: held\n" + agenda + decisions + "---\n\n" + body + "\n";
    }

    private static String action(String id, String status, String due, String completed, String source, String more) {
        return "---\ntitle: Action " + id + "\ntype: action\ndate: 2026-02-03\nid: " + id + "\nsaid: Something residents said.\n"
                + "source:\n" + source + "\nowner: lewisham-council\nlead_role: Chair\naction_status: " + status + "\n"
                + (due == null ? "" : "due: " + due + "\n") + (completed == null ? "" : "completed: " + completed + "\n")
                + "themes:\n  - engagement\n" + more + "---\n\nWhat we will do about it.\n";
    }
}
