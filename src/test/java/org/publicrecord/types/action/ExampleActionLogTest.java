package org.publicrecord.types.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.types.action.ActionStatus;
import org.publicrecord.testing.BuiltSite;

/**
 * The repository's own action log, built on a fixed day: a realistic set of actions with every
 * status, each linked both ways with the meeting or event item it came from, and open data that
 * matches its schema.
 */
class ExampleActionLogTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path output;
    static BuiltSite site;
    static List<CSVRecord> rows;
    /** The site's address from data/site.yaml, as the open data gives it. */
    static String base;

    @BeforeAll
    static void build() throws Exception {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, output, TODAY);
        rows = ActionCsv.rows(site.text("actions/actions.csv"));
        base = new ObjectMapper().readTree(site.text("actions/actions.json")).get("url").asText().replaceFirst("actions/$", "");
    }

    @Test
    void theExampleHasAtLeastFifteenActionsWithEveryStatus() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
        assertThat(rows).extracting(row -> row.get("action_status")).containsAll(ActionStatus.ALL);
        assertThat(rows).anyMatch(row -> row.get("overdue").equals("true"));
        assertThat(rows).anyMatch(row -> row.get("done_on_time").equals("true"));
        assertThat(rows).anyMatch(row -> row.get("done_on_time").equals("false"));
        assertThat(rows).anyMatch(row -> row.get("source_type").equals("event") && !row.get("source_item").isEmpty());
        assertThat(rows).anyMatch(row -> row.get("source_type").equals("meeting"));
        assertThat(site.page("actions/").select("table.action-table tbody tr")).hasSize(rows.size());
    }

    @Test
    void everyActionPageSaysWhenItsStatusWasWorkedOut() {
        for (CSVRecord row : rows) {
            Document page = site.page(relative(row.get("url")));
            assertThat(page.select(".status-as-of").text()).as(row.get("id")).isEqualTo("Status as of 22 November 2026.");
            assertThat(page.select(".timeline li")).as(row.get("id")).isNotEmpty();
        }
    }

    @Test
    void everyActionLinksToWhereItCameFromAndIsListedThere() {
        for (CSVRecord row : rows) {
            String action = relative(row.get("url"));
            String source = relative(row.get("source_url"));
            Document page = site.page(action);
            assertThat(page.select(".action-said a").attr("abs:href")).as(row.get("id")).isEqualTo("https://example.test/" + source);

            String sourcePage = source.contains("#") ? source.substring(0, source.indexOf('#')) : source;
            Document origin = site.page(sourcePage);
            Element listing = row.get("source_item").isEmpty() ? origin.body() : origin.getElementById(row.get("source_item"));
            assertThat(listing).as(row.get("id") + " on " + source).isNotNull();
            assertThat(listing.select("a").eachAttr("abs:href")).as(row.get("id") + " listed on " + source)
                    .contains("https://example.test/" + action);
        }
    }

    @Test
    void theOpenDataMatchesItsSchema() throws Exception {
        JsonNode json = new ObjectMapper().readTree(site.text("actions/actions.json"));

        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(site.text("actions/actions.schema.json"), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                .validate(json)).isEmpty();
        assertThat(json.get("actions")).hasSize(rows.size());
    }

    @Test
    void theTrackersNumbersAreTheOpenDatasAndItsFirstLineSaysThem() {
        Element home = site.page("actions/").selectFirst(".action-summary");
        String line = site.page("actions/").selectFirst(".tracker-summary").text();

        assertThat(line).startsWith(rows.size() + " actions: ");
        assertThat(home.select("tfoot td").text()).isEqualTo(String.valueOf(rows.size()));
        for (String status : ActionStatus.ALL) {
            long count = rows.stream().filter(row -> row.get("action_status").equals(status)).count();
            assertThat(home.select("tbody tr:has(a[href$=status/" + status + "/]) td").text()).isEqualTo(String.valueOf(count));
            assertThat(line).contains(count + " " + status.replace('-', ' '));
        }
    }

    private static String relative(String absolute) {
        assertThat(absolute).startsWith(base);
        return absolute.substring(base.length());
    }
}
