package org.publicrecord.types.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.testing.BuiltSite;

/**
 * The action log's pages, open data and feed, built for real on a fixed day from the example site
 * plus a few actions written for what they test: overdue, done on time, done late, not taken
 * forward, due today, and one full of values that try to break CSV, JSON, HTML and spreadsheets.
 */
class ActionOutputsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://evil.example/\",\"click\"), <&\" tests";
    static final String HOSTILE_SAID = "Commas, \"quotes\",\nnew lines and <script>alert(1)</script> & more";
    static final String HOSTILE_ROLE = "@SUM(1+1)";
    static final String HOSTILE_UPDATE = "-2+3 is a formula too";

    @TempDir
    static Path folder;
    static BuiltSite site;
    /** The site's address from data/site.yaml, as the open data gives it. */
    static String base;

    @BeforeAll
    static void build() {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("meetings/2026/2026-02-10-tst-board.md", """
                ---
                title: Board meeting, 10 February 2026
                type: meeting
                date: 2026-02-10
                summary: A meeting for the action log's tests.
                committee: lhcp-board
                start: "10:00"
                end: "12:00"
                meeting_status: held
                ---

                The Board met.
                """);
        content.put("events/2026/tst-listening-day.md", """
                ---
                title: Listening day
                type: event
                date: 2026-01-15
                summary: People told us what they think.
                venue:
                  name: Deptford Lounge
                workshops:
                  - title: Parks
                    summary: Using parks more.
                heard:
                  - id: parks
                    text: Parks could be used much more.
                  - id: buses
                    text: "Buses to the hospital are slow, crowded & late <often>."
                ---

                ## What happened

                People came.

                ## What we heard

                These are the main points.

                ## What happens next

                We will act on them.
                """);
        content.put("actions/tst-2026-01.md", action("TST-2026-01", "Overdue action", "in-progress", "2026-06-30", null,
                "  meeting: 2026-02-10-tst-board", "progress: 40\nupdates:\n  - date: 2026-03-01\n    text: Work started.\n    status: in-progress\n"));
        content.put("actions/tst-2026-02.md", action("TST-2026-02", "Done on time", "done", "2026-06-30", "2026-06-30",
                "  event: tst-listening-day\n  item: parks", """
                updates:
                  - date: 2026-06-30
                    text: The parks programme started.
                    status: done
                    evidence:
                      - title: The programme
                        url: https://parks.example.org/programme
                      - title: Our news story
                        url: news/2026/action-log-now-online/
                """));
        content.put("actions/tst-2026-03.md", action("TST-2026-03", "Done late", "done", "2026-03-31", "2026-04-01",
                "  meeting: 2026-02-10-tst-board", "updates:\n  - date: 2026-04-01\n    text: Finished a day late.\n    status: done\n"));
        content.put("actions/tst-2026-04.md", action("TST-2026-04", "Not taken forward", "not-taken-forward", "2026-01-31", null,
                "  event: tst-listening-day\n  item: buses", "reason: The buses are run by Transport for London.\n"));
        content.put("actions/tst-2026-05.md", action("TST-2026-05", "Due today", "open", "2026-11-22", null,
                "  meeting: 2026-02-10-tst-board", ""));
        content.put("actions/tst-2026-06.md", action("TST-2026-06", HOSTILE_TITLE, "in-progress", null, null,
                "  event: tst-listening-day", "related:\n  - TST-2026-01\nupdates:\n  - date: 2026-10-01\n    text: " + json(HOSTILE_UPDATE) + "\n")
                .replace("said: Something residents said.", "said: " + json(HOSTILE_SAID))
                .replace("lead_role: Director of Public Health", "lead_role: " + json(HOSTILE_ROLE)));
        site = BuiltSite.build(FixtureSite.create(folder.resolve("source"), content), folder.resolve("site"), TODAY);
        try {
            base = new ObjectMapper().readTree(site.text("actions/actions.json")).get("url").asText().replaceFirst("actions/$", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anOverdueActionSaysSoWithTheDateItWasWorkedOut() {
        Document page = site.page("actions/tst-2026-01/");

        assertThat(page.select(".status--overdue").text()).isEqualTo("Overdue");
        assertThat(page.text()).contains("Overdue by 145 days", "Status as of 22 November 2026");
        assertThat(page.select("progress").attr("value")).isEqualTo("40");
        assertThat(site.page("actions/tst-2026-05/").select(".status--overdue")).as("due today").isEmpty();
        assertThat(site.page("actions/overdue/").select("tbody tr th a")).extracting(Element::text)
                .contains("Overdue action").doesNotContain("Due today", "Done late", "Not taken forward");
    }

    @Test
    void doneActionsSayWhetherTheyWereOnTime() {
        Document onTime = site.page("actions/tst-2026-02/");
        Document late = site.page("actions/tst-2026-03/");

        assertThat(onTime.select(".status-note").text()).isEqualTo("Done on time");
        assertThat(late.select(".status-note").text()).isEqualTo("Done late");
        assertThat(late.text()).contains("Done late, 1 day after the due date");
        assertThat(late.select("#update-2026-04-01").text()).contains("Status changed to Done", "Finished a day late.");
        assertThat(onTime.select("#update-2026-06-30 .timeline__evidence a")).extracting(element -> element.attr("href"))
                .containsExactly("https://parks.example.org/programme", "../../news/2026/action-log-now-online/");
    }

    @Test
    void anActionNotTakenForwardGivesItsReasonAndIsNotOverdue() {
        Document page = site.page("actions/tst-2026-04/");

        assertThat(page.select(".status--not-taken-forward").text()).isEqualTo("Not taken forward");
        assertThat(page.select(".status--overdue")).isEmpty();
        assertThat(page.select(".action-status").text()).contains("Why it was not taken forward",
                "The buses are run by Transport for London.");
    }

    @Test
    void anActionLinksToTheMeetingAndTheEventItemItCameFrom() {
        assertThat(site.page("actions/tst-2026-01/").select(".action-said a").attr("href"))
                .isEqualTo("../../meetings/2026/2026-02-10-tst-board/");
        Document fromItem = site.page("actions/tst-2026-02/");
        assertThat(fromItem.select(".action-said a").attr("href")).isEqualTo("../../events/2026/tst-listening-day/#parks");
        assertThat(fromItem.select(".action-said").text()).contains("Parks could be used much more.");
        assertThat(site.page("actions/tst-2026-01/").select(".summary-list a[href$=committee/lhcp-board/]")).hasSize(1);
    }

    @Test
    void eachItemHeardAtAnEventHasAnIdAndLinksToTheActionsThatAnswerIt() {
        Document event = site.page("events/2026/tst-listening-day/");

        Element parks = event.getElementById("parks");
        assertThat(parks).isNotNull();
        assertThat(parks.select("a")).extracting(element -> element.attr("href")).containsExactly("../../../actions/tst-2026-02/");
        assertThat(parks.text()).contains("Parks could be used much more.", "Done", "Done on time");
        assertThat(event.getElementById("buses").select("a").attr("href")).isEqualTo("../../../actions/tst-2026-04/");
        assertThat(event.getElementById("buses").text()).contains("slow, crowded & late <often>.");
        assertThat(event.text()).contains("Status as of 22 November 2026");
        // What we heard comes first, before the rest of the write-up; the write-up's own words on it follow the items.
        String article = event.select("article").html();
        assertThat(article.indexOf("id=\"parks\"")).isGreaterThan(article.indexOf("What we heard")).isLessThan(article.indexOf("What happened"));
        assertThat(event.select("article h2").eachText()).startsWith("What we heard").containsOnlyOnce("What we heard");
        // Done and not taken forward are both finished: what we did, not what we are doing.
        assertThat(event.select(".heard__did .heard__label").eachText()).containsExactly("What we did", "What we did");
        assertThat(event.select(".workshop-list").text()).contains("Parks: Using parks more.");
        assertThat(event.text()).contains("Other actions from this event");
    }

    @Test
    void relatedActionsAreListedOnBothActions() {
        assertThat(site.page("actions/tst-2026-06/").select(".action-related a").attr("href")).isEqualTo("../../actions/tst-2026-01/");
        assertThat(site.page("actions/tst-2026-01/").select(".action-related a").attr("href")).isEqualTo("../../actions/tst-2026-06/");
    }

    @Test
    void theTrackerHasAnAccessibleTableAndAPageForEveryView() {
        Document tracker = site.page("actions/");
        Element table = tracker.selectFirst("table.action-table");

        assertThat(table.select("caption").text()).contains("Status as of 22 November 2026");
        assertThat(table.select("thead th")).allSatisfy(header -> assertThat(header.attr("scope")).isEqualTo("col"));
        assertThat(table.select("tbody tr")).allSatisfy(row -> assertThat(row.select("th[scope=row] a")).hasSize(1));
        assertThat(tracker.select("a[href]")).extracting(link -> link.attr("href"))
                .contains("../actions/actions.csv", "../actions/actions.json", "../actions/actions.schema.json",
                        "../actions/updates.xml", "../actions/data/", "../actions/status/open/", "../actions/overdue/",
                        "../actions/owner/lewisham-council/", "../actions/committee/lhcp-board/")
                .contains("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        assertThat(tracker.select("script[src]").attr("src")).isEqualTo("../js/action-table.js");
        assertThat(site.exists("js/action-table.js")).isTrue();
        for (String view : List.of("actions/status/", "actions/status/in-progress/", "actions/status/not-taken-forward/",
                "actions/owner/", "actions/owner/lewisham-council/", "actions/theme/", "actions/theme/engagement/",
                "actions/committee/", "actions/committee/lhcp-board/")) {
            assertThat(site.exists(view + "index.html")).as(view).isTrue();
        }
        assertThat(titles("actions/committee/lhcp-board/")).contains("Overdue action", "Done late", "Due today")
                .doesNotContain("Done on time");
        assertThat(titles("actions/status/done/")).contains("Done on time", "Done late").doesNotContain("Overdue action");
        assertThat(site.page("actions/owner/lewisham-council/").select("h1").text()).isEqualTo("Actions owned by Lewisham Council");
    }

    @Test
    void theDataPageDocumentsEveryColumnOfTheCsv() throws Exception {
        Document data = site.page("actions/data/");
        List<String> documented = data.select("tbody td code").eachText();
        List<String> headings = data.select("tbody th").eachText();

        assertThat(documented).isEqualTo(ActionCsv.names(site.text("actions/actions.csv")));
        assertThat(headings).isEqualTo(documented.stream().map(name -> ActionCsv.fieldsByHeading().entrySet().stream()
                .filter(entry -> entry.getValue().equals(name)).findFirst().orElseThrow().getKey()).toList());
        assertThat(data.select("tbody td")).allSatisfy(meaning -> assertThat(meaning.text()).isNotBlank());
        assertThat(data.text()).contains("Open Government Licence v3.0", "starts with an apostrophe");
    }

    @Test
    void theCsvReadsBackWithHostileValuesIntactAndFormulasNeutralised() throws Exception {
        Map<String, CSVRecord> rows = ActionCsv.rows(site.text("actions/actions.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("id"), Function.identity()));

        CSVRecord hostile = rows.get("TST-2026-06");
        assertThat(hostile.get("title")).isEqualTo("'" + HOSTILE_TITLE);
        assertThat(hostile.get("said")).isEqualTo(HOSTILE_SAID);
        assertThat(hostile.get("lead_role")).isEqualTo("'" + HOSTILE_ROLE);
        assertThat(hostile.get("related")).isEqualTo("TST-2026-01");
        assertThat(rows.get("TST-2026-01").get("overdue")).isEqualTo("true");
        assertThat(rows.get("TST-2026-01").get("committee")).isEqualTo("lhcp-board");
        assertThat(rows.get("TST-2026-01").get("status_as_of")).isEqualTo("2026-11-22");
        assertThat(rows.get("TST-2026-02").get("done_on_time")).isEqualTo("true");
        assertThat(rows.get("TST-2026-02").get("source_url"))
                .isEqualTo(base + "events/2026/tst-listening-day/#parks");
        assertThat(rows.get("TST-2026-03").get("done_on_time")).isEqualTo("false");
        assertThat(rows.get("TST-2026-04").get("overdue")).isEqualTo("false");
        assertThat(rows.get("TST-2026-04").get("done_on_time")).isEmpty();
        assertThat(rows.get("TST-2026-05").get("overdue")).isEqualTo("false");
        for (CSVRecord row : rows.values()) {
            for (String cell : row.values()) {
                assertThat(cell).as("no cell may start a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void formulaNeutralisingCoversEveryCharacterASpreadsheetRuns() {
        assertThat(ActionData.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(ActionData.cell("+1")).isEqualTo("'+1");
        assertThat(ActionData.cell("-1")).isEqualTo("'-1");
        assertThat(ActionData.cell("@A1")).isEqualTo("'@A1");
        assertThat(ActionData.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(ActionData.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(ActionData.cell("a=1")).isEqualTo("a=1");
        assertThat(ActionData.cell(null)).isEmpty();
        assertThat(ActionData.cell(40)).isEqualTo("40");
    }

    @Test
    void theJsonIsValidAgainstItsPublishedSchemaAndKeepsHostileValuesAsTheyAre() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(site.text("actions/actions.json"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(site.text("actions/actions.schema.json"),
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

        Set<ValidationMessage> problems = schema.validate(json);
        assertThat(problems).isEmpty();
        Map<String, JsonNode> actions = new LinkedHashMap<>();
        json.get("actions").forEach(action -> actions.put(action.get("id").asText(), action));
        assertThat(actions.get("TST-2026-06").get("title").asText()).isEqualTo(HOSTILE_TITLE);
        assertThat(actions.get("TST-2026-06").get("said").asText()).isEqualTo(HOSTILE_SAID);
        assertThat(actions.get("TST-2026-06").get("updates").get(0).get("text").asText()).isEqualTo(HOSTILE_UPDATE);
        assertThat(actions.get("TST-2026-01").get("overdue").asBoolean()).isTrue();
        assertThat(actions.get("TST-2026-03").get("done_on_time").asBoolean()).isFalse();
        assertThat(actions.get("TST-2026-04").has("done_on_time")).isFalse();
        assertThat(actions.get("TST-2026-02").get("updates").get(0).get("evidence").get(1).get("url").asText())
                .isEqualTo(base + "news/2026/action-log-now-online/");
        assertThat(json.get("licence").get("name").asText()).isEqualTo("Open Government Licence v3.0");
        assertThat(json.get("status_as_of").asText()).isEqualTo("2026-11-22");

        // The schema is generated from the content schema: a content field keeps its meaning.
        JsonNode properties = mapper.readTree(site.text("actions/actions.schema.json")).at("/$defs/action/properties");
        assertThat(properties.at("/action_status/enum")).hasSize(4);
        assertThat(properties.at("/id/pattern").asText()).isEqualTo("^[A-Z]{2,6}-[0-9]{4}-[0-9]{2,3}$");

        ((com.fasterxml.jackson.databind.node.ObjectNode) actions.get("TST-2026-01")).put("action_status", "finished");
        assertThat(schema.validate(json)).as("the schema rejects a status the content schema does not allow").isNotEmpty();
    }

    @Test
    void hostileValuesAreTextOnThePages() {
        Document page = site.page("actions/tst-2026-06/");

        assertThat(page.select("h1").text()).isEqualTo(HOSTILE_TITLE);
        assertThat(page.select("blockquote").text()).isEqualTo(HOSTILE_SAID.replace("\n", " "));
        assertThat(page.select("script")).noneMatch(script -> script.data().contains("alert"));
        assertThat(site.page("actions/").select("a:contains(HYPERLINK)")).hasSize(1);
    }

    @Test
    void theUpdatesFeedHasAnEntryForEveryStepLinkingToItOnTheActionsPage() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(site.text("actions/updates.xml")));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        Map<String, SyndEntry> entries = feed.getEntries().stream()
                .collect(Collectors.toMap(SyndEntry::getLink, Function.identity()));
        String actions = base + "actions/";
        assertThat(entries).containsKeys(actions + "tst-2026-03/#update-2026-04-01", actions + "tst-2026-03/#agreed",
                actions + "tst-2026-06/#update-2026-10-01");
        assertThat(entries.get(actions + "tst-2026-03/#update-2026-04-01").getTitle())
                .isEqualTo("TST-2026-03 Status changed to Done: Done late");
        assertThat(entries.get(actions + "tst-2026-06/#update-2026-10-01").getTitle()).contains(HOSTILE_TITLE);
        assertThat(entries.get(actions + "tst-2026-06/#update-2026-10-01").getContents().get(0).getValue()).contains("-2+3 is a formula too");
        assertThat(feed.getEntries()).extracting(entry -> entry.getUpdatedDate().toInstant().toString())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(site.page("actions/").select("link[rel=alternate][href$=actions/updates.xml]")).hasSize(1);
    }

    @Test
    void theTrackerSummarisesTheLogAsAChartAndATableAfterTheList() {
        Document home = site.page("actions/");
        // The list comes first: the table of actions is before the chart.
        assertThat(home.html().indexOf("data-action-table")).isLessThan(home.html().indexOf("action-summary__chart"));
        Element chart = home.selectFirst(".action-summary svg");

        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-labelledby").split(" ")).allSatisfy(id -> assertThat(home.getElementById(id)).isNotNull());
        assertThat(chart.select("desc").text()).contains("Open:", "In progress:", "Done:", "Not taken forward:", "Done on time:");
        Element table = home.selectFirst(".action-summary table");
        assertThat(table.select("caption").text()).isEqualTo("Actions by status");
        assertThat(table.select("tbody th[scope=row]")).extracting(Element::text)
                .containsExactly("Open", "In progress", "Done", "Not taken forward");
        assertThat(home.select(".action-summary").text()).contains("Status as of 22 November 2026");
        // Every number in the chart is also in the table.
        for (Element row : table.select("tbody tr")) {
            assertThat(chart.select("desc").text()).contains(row.selectFirst("th").text() + ": " + row.selectFirst("td").text() + ".");
        }
    }

    private static List<String> titles(String url) {
        return site.page(url).select("tbody th[scope=row] a").eachText();
    }

    private static String action(String id, String title, String status, String due, String completed, String source, String more) {
        return "---\n"
                + "title: " + json(title) + "\n"
                + "type: action\n"
                + "date: 2026-02-10\n"
                + "id: " + id + "\n"
                + "said: Something residents said.\n"
                + "source:\n" + source + "\n"
                + "owner: lewisham-council\n"
                + "lead_role: Director of Public Health\n"
                + "action_status: " + status + "\n"
                + (due == null ? "" : "due: " + due + "\n")
                + (completed == null ? "" : "completed: " + completed + "\n")
                + "themes:\n  - engagement\n"
                + more
                + "---\n\nWhat we will do about it.\n";
    }

    /** A YAML double-quoted string (JSON's escaping is valid YAML). */
    private static String json(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
