package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jbake.model.DocumentModel;
import org.publicrecord.output.Paging;
import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.meeting.MeetingYear;
import org.publicrecord.types.meeting.Meetings;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code meetings/}, the meetings page: the next meetings, the latest past ones by year and a link
 * to each year; and a page per year ({@code meetings/2026/}, the folder every meeting of that year
 * is in) with all that year's meetings, in pages of {@link Paging#PAGE_SIZE}. Committee pages show
 * their own meetings the same way ({@link CommitteePages}), so no page grows with the archive.
 */
public final class MeetingLists extends SiteOutput {

    /** The layout of a year's meetings, for the whole site or one committee. */
    static final String YEAR_TEMPLATE = "layouts/meetings-year.peb";

    @Override
    protected String contentType() {
        return "meeting";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        String folder = folder(renderer);
        Meetings facts = renderer.model().part(Meetings.class);
        List<DocumentModel> meetings = facts.all();
        renderer.page(renderer.templateFor("meeting.list"), folder + "/", Map.of(
                "content", Sections.listPage(folder, null, "list"),
                "section", folder,
                "meetings", meetings,
                "schedule", schedule(facts, meetings, renderer.today(), folder + "/")));
        return 1 + writeYears(renderer, facts, meetings, folder + "/", Map.of("section", folder));
    }

    /** The folder of the meetings page, such as {@code meetings}: the content folder of meetings. */
    static String folder(SiteRenderer renderer) {
        return Sections.of(renderer.store()).entrySet().stream()
                .filter(section -> section.getValue().equals("meeting")).map(Map.Entry::getKey).findFirst().orElse("meetings");
    }

    /**
     * What the meetings page or a committee page shows of {@code meetings}, for
     * components/meeting-schedule/meeting-schedule.peb: {@code upcoming} (the
     * next {@link Paging#SHORT_LIST}, soonest first), {@code past_by_year} (the latest
     * {@link Paging#SHORT_LIST} past ones, by year, newest first), {@code more_upcoming} and
     * {@code more_past} (true when some were left for the year pages), and {@code years} (a link to
     * each year's page below {@code folder}, newest first).
     */
    static Map<String, Object> schedule(Meetings facts, List<DocumentModel> meetings, LocalDate today, String folder) {
        List<DocumentModel> upcoming = facts.upcoming(meetings, today);
        List<MeetingYear> pastByYear = facts.pastByYear(meetings, today);
        List<MeetingYear> latestPast = new ArrayList<>();
        int shown = 0;
        for (MeetingYear year : pastByYear) {
            if (shown == Paging.SHORT_LIST) {
                break;
            }
            List<DocumentModel> ofYear = year.meetings().subList(0, Math.min(year.meetings().size(), Paging.SHORT_LIST - shown));
            latestPast.add(new MeetingYear(year.year(), ofYear));
            shown += ofYear.size();
        }
        int past = pastByYear.stream().mapToInt(year -> year.meetings().size()).sum();
        return Map.of(
                "upcoming", upcoming.subList(0, Math.min(upcoming.size(), Paging.SHORT_LIST)),
                "more_upcoming", upcoming.size() > Paging.SHORT_LIST,
                "past_by_year", List.copyOf(latestPast),
                "more_past", past > shown,
                "years", years(meetings, folder));
    }

    /**
     * Writes a page for each year of {@code meetings} below {@code folder} ({@code meetings/2026/}),
     * each listing that year's meetings to come (soonest first), then its past ones (newest first),
     * in pages. {@code values} are added to each page's model. Returns how many pages it wrote.
     */
    static int writeYears(SiteRenderer renderer, Meetings facts, List<DocumentModel> meetings, String folder, Map<String, Object> values) {
        LocalDate today = renderer.today();
        List<Year> years = years(meetings, folder);
        int written = 0;
        for (Map.Entry<Integer, List<DocumentModel>> year : byYear(meetings).entrySet()) {
            List<DocumentModel> inOrder = new ArrayList<>(facts.upcoming(year.getValue(), today));
            facts.pastByYear(year.getValue(), today).forEach(past -> inOrder.addAll(past.meetings()));
            for (Paging<DocumentModel> page : Paging.of(inOrder, folder + year.getKey() + "/")) {
                Map<String, Object> model = new HashMap<>(values);
                model.put("content", Sections.listPage(String.valueOf(year.getKey()), null, "list"));
                model.put("year", year.getKey());
                model.put("years", years);
                model.put("paging", page);
                model.put("upcoming", page.items().stream().filter(meeting -> facts.isUpcoming(meeting, today)).toList());
                model.put("past", page.items().stream().filter(meeting -> !facts.isUpcoming(meeting, today)).toList());
                renderer.page(YEAR_TEMPLATE, page.url(), model);
                written++;
            }
        }
        return written;
    }

    /** A link to each year's page below {@code folder}, newest year first. */
    public static List<Year> years(List<DocumentModel> meetings, String folder) {
        return byYear(meetings).entrySet().stream()
                .map(year -> new Year(year.getKey(), folder + year.getKey() + "/", year.getValue().size())).toList();
    }

    /** The meetings of each calendar year, newest year first (the meetings' own order kept within a year). */
    private static Map<Integer, List<DocumentModel>> byYear(List<DocumentModel> meetings) {
        Map<Integer, List<DocumentModel>> years = new TreeMap<>(Comparator.reverseOrder());
        for (DocumentModel meeting : meetings) {
            years.computeIfAbsent(((LocalDate) meeting.get("day")).getYear(), year -> new ArrayList<>()).add(meeting);
        }
        return new LinkedHashMap<>(years);
    }

    /**
     * A year's page of meetings, for the list of years.
     *
     * @param year  the year, such as 2026
     * @param url   its page, such as {@code meetings/2026/}
     * @param count how many meetings it lists
     */
    public record Year(int year, String url, int count) {
    }
}
