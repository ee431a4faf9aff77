package org.publicrecord.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.types.action.ActionCsv;
import org.publicrecord.types.action.ActionData;

/**
 * What a resident gets from following a committee or a theme, read back with the tools their
 * apps are built on: every calendar parsed by ical4j in strict mode with every line measured in
 * octets, every feed read by Rome, the CSV read by commons-csv, all with Arabic, Vietnamese and
 * Yoruba names; a meeting cancelled between two builds; and nothing held back in any of them.
 */
class FollowOutputsTest {

    private static final String SITE = "https://example.github.io/lewisham-health-and-care/";
    private static final String COMMITTEE_CALENDAR = "committees/" + FollowSites.COMMITTEE + "/meetings.ics";
    private static final String COMMITTEE_FEED = "committees/" + FollowSites.COMMITTEE + "/feed.xml";
    private static final String THEME_FEED = "actions/theme/" + FollowSites.THEME + "/feed.xml";
    private static final String THEME_CALENDAR = "actions/theme/" + FollowSites.THEME + "/meetings.ics";

    @TempDir
    static Path folder;
    static BuiltSite site;
    static BuiltSite cancelled;
    static BuiltSite weekLater;

    @BeforeAll
    static void buildThreeTimes() {
        // Strict: no relaxed parsing, unfolding, validation or Outlook compatibility.
        for (String hint : List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY)) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
        site = FollowSites.build(folder.resolve("first"), false, FollowSites.TODAY);
        cancelled = FollowSites.build(folder.resolve("cancelled"), true, FollowSites.TODAY);
        weekLater = FollowSites.build(folder.resolve("week-later"), false, FollowSites.TODAY.plusDays(7));
    }

    @Test
    void everyCalendarParsesStrictlyWithEveryLineWithin75Octets() throws IOException {
        List<Path> calendars = files(site, ".ics");
        assertThat(calendars).hasSizeGreaterThan(20);
        boolean foldedInsideArabic = false;
        for (Path file : calendars) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(file + ": CRLF line ends only").endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).as(file + ": no bare line feed or carriage return").doesNotContain("\n", "\r");
            for (String line : text.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(file + ": " + line).isLessThanOrEqualTo(75);
                assertThat(line).as(file + ": no empty continuation line").isNotBlank();
                foldedInsideArabic |= line.startsWith(" ") && line.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
            }
            Calendar calendar = parse(text, file);
            assertThat(calendar.validate().hasErrors()).as(file + " " + calendar.validate().getEntries()).isFalse();
            if (!file.getFileName().toString().equals("meeting.ics")) {
                String name = value(calendar, "NAME");
                assertThat(name).as(file + ": RFC 7986 NAME").isNotBlank();
                assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(name);
                assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("P1D");
                assertThat(value(calendar, "X-PUBLISHED-TTL")).isEqualTo("P1D");
                assertThat(value(calendar, Property.URL)).as(file + ": the page it belongs to").startsWith(SITE);
                assertThat(value(calendar, "SOURCE")).isEqualTo(SITE + site.output().relativize(file).toString().replace('\\', '/'));
            }
        }
        assertThat(foldedInsideArabic).as("some line of Arabic was folded, so folding by octets was tested").isTrue();

        Calendar committee = parse(site.text(COMMITTEE_CALENDAR), site.file(COMMITTEE_CALENDAR));
        assertThat(value(committee, "NAME")).isEqualTo(FollowSites.COMMITTEE_NAME + ": meetings");
        assertThat(value(committee, "COLOR")).isEqualTo("teal");
        assertThat(value(committee, Property.URL)).isEqualTo(SITE + "committees/" + FollowSites.COMMITTEE + "/");
        VEvent next = event(committee, FollowSites.NEXT);
        assertThat(value(next, "CONFERENCE")).isEqualTo("https://meet.example.org/asf");
        assertThat(next.getProperty("CONFERENCE").orElseThrow().getParameter("LABEL")).isPresent();
        assertThat(value(next, "COLOR")).isEqualTo("teal");
        assertThat(value(event(committee, FollowSites.HELD), Property.LOCATION)).startsWith("مركز المجتمع في ديبتفورد");
        // The theme's calendar holds the meeting that raised an action filed under it.
        assertThat(uids(parse(site.text(THEME_CALENDAR), site.file(THEME_CALENDAR)))).singleElement().asString().startsWith(FollowSites.HELD + "@");
    }

    @Test
    void aCancelledMeetingKeepsItsUidWithAHigherSequenceInASubscribedCalendar() {
        for (String calendar : List.of(COMMITTEE_CALENDAR, "meetings.ics")) {
            VEvent before = event(parse(site.text(calendar), site.file(calendar)), FollowSites.NEXT);
            VEvent after = event(parse(cancelled.text(calendar), cancelled.file(calendar)), FollowSites.NEXT);
            assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
            assertThat(Integer.parseInt(value(after, Property.SEQUENCE))).as(calendar).isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
            assertThat(value(before, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(value(after, "CONFERENCE")).as("no link to join a meeting that will not happen").isNull();
        }
        // The feed's entry for it is the same entry, now saying so.
        Entry before = entries(feed(site, COMMITTEE_FEED)).get(SITE + "meetings/2026/" + FollowSites.NEXT + "/");
        Entry after = entries(feed(cancelled, COMMITTEE_FEED)).get(SITE + "meetings/2026/" + FollowSites.NEXT + "/");
        assertThat(before.getTitle()).startsWith("Meeting arranged: ");
        assertThat(after.getTitle()).isEqualTo("Cancelled: Cuộc họp diễn đàn, 15 tháng 12 năm 2026");
    }

    @Test
    void everyFeedReadsInRomeWithStableIdsAuthorsSummariesAndContent() throws IOException {
        List<Path> feeds = files(site, ".xml").stream().filter(path -> !path.endsWith("sitemap.xml")).toList();
        assertThat(feeds).hasSizeGreaterThan(10);
        for (Path file : feeds) {
            String text = Files.readString(file);
            String path = site.output().relativize(file).toString().replace('\\', '/');
            Feed feed = feed(site, path);
            assertThat(text).as(path).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">");
            // The stylesheet instruction points at the site's own feed.xsl, which exists.
            String stylesheet = text.substring(text.indexOf("<?xml-stylesheet href=\"") + 23, text.indexOf("\" type=\"text/xsl\"?>"));
            assertThat(file.getParent().resolve(stylesheet).normalize()).as(path).isEqualTo(site.file("feed.xsl").normalize()).exists();
            assertThat(feed.getId()).isEqualTo(SITE + path);
            assertThat(feed.getAuthors()).isNotEmpty();
            Set<String> ids = new HashSet<>();
            for (Entry entry : feed.getEntries()) {
                assertThat(ids.add(entry.getId())).as(path + ": ids are unique: " + entry.getId()).isTrue();
                assertThat(entry.getId()).startsWith(SITE);
                assertThat(entry.getUpdated()).as(entry.getId()).isNotNull();
                assertThat(entry.getAuthors().isEmpty() && feed.getAuthors().isEmpty()).isFalse();
                if (!path.equals("feed.xml")) {
                    assertThat(entry.getAuthors()).as(path + " " + entry.getId()).isNotEmpty();
                    assertThat(entry.getSummary()).as(path + " " + entry.getId()).isNotNull();
                }
                assertThat(entry.getContents()).as(entry.getId()).isNotEmpty();
            }
        }
        Map<String, Entry> committee = entries(feed(site, COMMITTEE_FEED));
        Entry held = committee.get(SITE + "meetings/2026/" + FollowSites.HELD + "/");
        assertThat(held.getTitle()).isEqualTo("Draft minutes: اجتماع منتدى المتحدثين بالعربية، 10 سبتمبر 2026");
        assertThat(held.getAuthors().get(0).getName()).isEqualTo(FollowSites.COMMITTEE_NAME);
        assertThat(held.getContents().get(0).getValue()).contains("ترجمة المنشورات إلى العربية والفيتنامية (tiếng Việt) واليوروبا (Yorùbá).");
        assertThat(committee).containsKey(SITE + "actions/asf-2026-01/#update-2026-10-15");
        Feed theme = feed(site, THEME_FEED);
        assertThat(theme.getTitle()).isEqualTo(FollowSites.THEME_NAME + ": meetings and actions");
        assertThat(entries(theme)).containsKeys(SITE + "meetings/2026/" + FollowSites.HELD + "/", SITE + "actions/asf-2026-01/#agreed",
                SITE + "actions/asf-2026-01/#update-2026-10-15");
        assertThat(entries(theme).get(SITE + "actions/asf-2026-01/#update-2026-10-15").getAuthors().get(0).getName()).isEqualTo("Lewisham Council");
    }

    @Test
    void anEntryIsDatedByWhatChangedNotByTheBuild() {
        for (String path : List.of(COMMITTEE_FEED, THEME_FEED, "committees/lhcp-board/feed.xml", "committees/peoples-partnership/feed.xml")) {
            Map<String, Entry> before = entries(feed(site, path));
            Map<String, Entry> later = entries(feed(weekLater, path));
            Set<String> both = new TreeSet<>(before.keySet());
            both.retainAll(later.keySet());
            assertThat(both).as(path).isNotEmpty();
            for (String id : both) {
                assertThat(later.get(id).getUpdated()).as(path + " " + id).isEqualTo(before.get(id).getUpdated());
            }
        }
        // Held on 2 July, its minutes approved at the meeting on 1 October; announced at the meeting before, on 4 June.
        Entry july = entries(feed(site, "committees/lhcp-board/feed.xml")).get(SITE + "meetings/2026/2026-07-02-lhcp-board/");
        assertThat(july.getTitle()).startsWith("Minutes approved: ");
        assertThat(july.getUpdated().toInstant()).hasToString("2026-10-01T00:00:00Z");
        assertThat(july.getPublished().toInstant()).hasToString("2026-06-04T00:00:00Z");
        // A build a week later of the same content writes the same committee feed, byte for byte.
        assertThat(weekLater.text(COMMITTEE_FEED)).isEqualTo(site.text(COMMITTEE_FEED));
    }

    @Test
    void heldBackDocumentsAreInNoFeedCalendarOrData() throws IOException {
        for (String extension : List.of(".xml", ".ics", ".csv", ".json", ".html", ".xsl")) {
            for (Path file : files(site, extension)) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain(FollowSites.DRAFT_WORD).doesNotContain(FollowSites.EMBARGOED_WORD).doesNotContain("asf-2026-02");
            }
        }
        // Beside them, the published ones are there, so the checks above are not vacuous.
        assertThat(site.text(THEME_FEED)).contains("ASF-2026-01");
        assertThat(site.text(COMMITTEE_CALENDAR)).contains(FollowSites.NEXT);
    }

    @Test
    void theCsvOpensRightInASpreadsheetAndHoldsWhatTheJsonHolds() throws IOException {
        byte[] bytes = Files.readAllBytes(site.file("actions/actions.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = ActionCsv.rows(new String(bytes, StandardCharsets.UTF_8));
        Map<String, CSVRecord> byId = rows.stream().collect(Collectors.toMap(row -> row.get("id"), Function.identity()));
        CSVRecord translated = byId.get("ASF-2026-01");
        assertThat(translated.get("title")).isEqualTo("Translate the mental health leaflets for Ògúnlànà and Nguyễn families");
        assertThat(translated.get("said")).isEqualTo("لا نفهم المنشورات الحالية. Chúng tôi không hiểu tờ rơi.");
        assertThat(translated.get("source_title")).isEqualTo("اجتماع منتدى المتحدثين بالعربية، 10 سبتمبر 2026");
        assertThat(translated.get("due")).isEqualTo("2027-03-31");

        JsonNode json = new ObjectMapper().readTree(site.text("actions/actions.json"));
        assertThat(json.get("actions")).hasSize(rows.size());
        for (JsonNode action : json.get("actions")) {
            CSVRecord row = byId.get(action.get("id").asText());
            assertThat(row).as(action.get("id").asText()).isNotNull();
            for (String field : List.of("title", "url", "date", "said", "owner", "owner_name", "action_status", "due", "completed", "last_updated")) {
                String expected = action.has(field) ? action.get(field).asText() : "";
                assertThat(ActionData.cell(expected)).as(action.get("id").asText() + " " + field).isEqualTo(row.get(field));
                if (field.equals("date") || field.equals("due") || field.equals("completed") || field.equals("last_updated")) {
                    assertThat(row.get(field)).as("ISO 8601").matches("(\\d{4}-\\d{2}-\\d{2})?");
                }
            }
        }
    }

    @Test
    void theFollowPageListsEveryFeedAndCalendarAndEachPageSaysHowToFollowIt() {
        Document follow = site.page("follow/");
        Set<String> linked = new TreeSet<>();
        for (String href : follow.select("main a[href]").eachAttr("href")) {
            String path = href.startsWith("webcal://") ? href.replace("webcal://", "https://") : href;
            linked.add(path.startsWith(SITE) ? path.substring(SITE.length()) : path.replaceFirst("^\\.\\./", ""));
        }
        Set<String> published = new TreeSet<>();
        files(site, ".xml").stream().map(file -> site.output().relativize(file).toString().replace('\\', '/'))
                .filter(path -> !path.equals("sitemap.xml")).forEach(published::add);
        files(site, ".ics").stream().map(file -> site.output().relativize(file).toString().replace('\\', '/'))
                .filter(path -> !path.endsWith("/meeting.ics")).forEach(published::add);
        assertThat(linked).containsAll(published);
        assertThat(follow.select("#committee-" + FollowSites.COMMITTEE + " th").text()).isEqualTo(FollowSites.COMMITTEE_NAME);
        assertThat(follow.select("#theme-" + FollowSites.THEME + " th").text()).isEqualTo(FollowSites.THEME_NAME);

        Document committee = site.page("committees/" + FollowSites.COMMITTEE + "/");
        assertThat(committee.select(".follow .follow-calendar a").eachAttr("href")).containsExactly(
                "webcal://" + SITE.substring("https://".length()) + COMMITTEE_CALENDAR, SITE + COMMITTEE_CALENDAR);
        assertThat(committee.select(".follow a.follow-feed").attr("href")).isEqualTo(SITE + COMMITTEE_FEED);
        assertThat(committee.select(".follow h2").text()).isEqualTo("Follow " + FollowSites.COMMITTEE_NAME);

        Document theme = site.page("actions/theme/" + FollowSites.THEME + "/");
        assertThat(theme.select(".follow .follow-calendar a").eachAttr("href")).containsExactly(
                "webcal://" + SITE.substring("https://".length()) + THEME_CALENDAR, SITE + THEME_CALENDAR);
        assertThat(theme.select(".follow a.follow-feed").attr("href")).isEqualTo(SITE + THEME_FEED);
        // A committee with no meetings says it has no calendar, and still has a feed.
        Document quiet = site.page("committees/lhcp-executive/");
        assertThat(quiet.select(".follow-calendar")).isEmpty();
        assertThat(quiet.select(".follow").text()).contains("It has no meetings on this site yet, so it has no calendar.");
        assertThat(site.exists("committees/lhcp-executive/feed.xml")).isTrue();
    }

    private static Calendar parse(String text, Path file) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError(file + " is not strict iCalendar: " + e.getMessage(), e);
        }
    }

    private static Feed feed(BuiltSite built, String path) {
        try {
            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false);
            return (Feed) input.build(new StringReader(built.text(path)));
        } catch (Exception e) {
            throw new AssertionError(path + " is not an Atom feed Rome reads: " + e.getMessage(), e);
        }
    }

    private static Map<String, Entry> entries(Feed feed) {
        return feed.getEntries().stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
    }

    private static VEvent event(Calendar calendar, String slug) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(event -> value(event, Property.UID).startsWith(slug + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + slug));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream().map(event -> value(event, Property.UID)).toList();
    }

    private static String value(PropertyListAccessor container, String property) {
        return container.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static List<Path> files(BuiltSite built, String extension) {
        try (Stream<Path> files = Files.walk(built.output())) {
            return new ArrayList<>(files.filter(path -> path.toString().endsWith(extension)).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
