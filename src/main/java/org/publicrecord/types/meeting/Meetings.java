package org.publicrecord.types.meeting;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.ModelPart;
import org.publicrecord.model.SiteModel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Formats;
import org.publicrecord.site.Site;

/**
 * What the site knows about meetings beyond their front matter: each committee's meetings, which
 * are upcoming on the build date, when a meeting is in words, its papers' formats and sizes, its
 * schema.org JSON-LD, and the addresses of its page and calendars. Templates reach it as
 * {@code meeting_facts}; the calendar and committee outputs find it with {@code model.part(Meetings.class)}.
 *
 * <p>Nothing in it changes once it is made, so pages rendered in parallel can share one instance.
 * Mistakes in meetings are found when it is made, before any page is rendered.
 */
public final class Meetings implements ModelPart {

    /** The calendar of every meeting, at the site's root. */
    public static final String ALL_CALENDAR = "meetings.ics";
    /** Each meeting's own calendar file, in the meeting's folder beside its page. */
    static final String MEETING_CALENDAR = "meeting.ics";
    /** Each committee's calendar, in the committee's folder beside its page. */
    static final String COMMITTEE_CALENDAR = "meetings.ics";
    /** The folder of the committee pages. */
    public static final String COMMITTEES = "committees/";

    /** Soonest first; meetings of the same day by start time, then by address so the order never varies. */
    static final Comparator<DocumentModel> SOONEST_FIRST = Comparator
            .comparing((DocumentModel meeting) -> (LocalDate) meeting.get("day"))
            .thenComparing(meeting -> String.valueOf(meeting.get("start")))
            .thenComparing(DocumentModel::getNoExtensionUri);

    private final List<DocumentModel> newestFirst;
    private final Map<String, List<DocumentModel>> byCommittee = new LinkedHashMap<>();
    /** The days each committee meets on, for finding a meeting's previous one without a walk over all of them. */
    private final Map<String, NavigableSet<LocalDate>> daysByCommittee = new LinkedHashMap<>();
    private final Function<String, Map<String, Object>> committees;
    private final Site site;
    private final Formats formats;
    /** Each meeting's calendar event as text: one meeting is in up to five calendars of a build (its own, all, its committee's, its themes'). */
    private final Map<MeetingCalendar.EventKey, String> calendarEvents = new ConcurrentHashMap<>();

    /** The meetings of {@code model}: every published meeting, its committees, the site's time zone and address. */
    public Meetings(SiteModel model) {
        this(model.store().published("meeting"), model.site(), model.messages().formats(), model.index()::committee);
    }

    /**
     * @param newestFirst every published meeting, newest first
     * @param site        the site, in whose time zone meetings are held and at whose address they are published
     * @param formats     how days and times are written
     * @param committees  looks up a committee of {@code data/committees.yaml} by id, or gives null
     */
    public Meetings(List<DocumentModel> newestFirst, Site site, Formats formats, Function<String, Map<String, Object>> committees) {
        this.newestFirst = List.copyOf(newestFirst);
        this.committees = committees;
        this.site = site;
        this.formats = formats;
        for (DocumentModel meeting : this.newestFirst) {
            byCommittee.computeIfAbsent(String.valueOf(meeting.get("committee")), id -> new ArrayList<>()).add(meeting);
            daysByCommittee.computeIfAbsent(String.valueOf(meeting.get("committee")), id -> new TreeSet<>()).add(dayOf(meeting));
        }
    }

    /** The text of a meeting's calendar event, made by {@code make} the first time a calendar of this build asks. */
    String calendarEvent(MeetingCalendar.EventKey key, Supplier<String> make) {
        return calendarEvents.computeIfAbsent(key, unused -> make.get());
    }

    /** The site whose meetings these are. */
    public Site site() {
        return site;
    }

    /** Every published meeting, newest first. */
    public List<DocumentModel> all() {
        return newestFirst;
    }

    /** The meetings of one committee, newest first. */
    public List<DocumentModel> of(String committeeId) {
        return List.copyOf(byCommittee.getOrDefault(committeeId, List.of()));
    }

    /** The day of the same committee's last meeting before this meeting's day, if it has one. */
    public Optional<LocalDate> dayBefore(DocumentModel meeting) {
        NavigableSet<LocalDate> days = daysByCommittee.get(String.valueOf(meeting.get("committee")));
        return Optional.ofNullable(days == null ? null : days.lower(dayOf(meeting)));
    }

    /** The committee of {@code data/committees.yaml} with this id, or null. */
    public Map<String, Object> committee(String committeeId) {
        return committees.apply(committeeId);
    }

    /** Of {@code meetings}, those on or after {@code today}, soonest first. */
    public List<DocumentModel> upcoming(List<DocumentModel> meetings, LocalDate today) {
        return meetings.stream().filter(meeting -> isUpcoming(meeting, today)).sorted(SOONEST_FIRST).toList();
    }

    /** True for a meeting on or after {@code today}: a meeting stays upcoming all of its day. */
    public boolean isUpcoming(DocumentModel meeting, LocalDate today) {
        return !dayOf(meeting).isBefore(today);
    }

    /** Of {@code meetings}, those before {@code today}, by year, newest year and newest meeting first. */
    public List<MeetingYear> pastByYear(List<DocumentModel> meetings, LocalDate today) {
        Map<Integer, List<DocumentModel>> years = new LinkedHashMap<>();
        meetings.stream().filter(meeting -> dayOf(meeting).isBefore(today)).sorted(SOONEST_FIRST.reversed())
                .forEach(meeting -> years.computeIfAbsent(dayOf(meeting).getYear(), year -> new ArrayList<>()).add(meeting));
        return years.entrySet().stream().map(year -> new MeetingYear(year.getKey(), List.copyOf(year.getValue()))).toList();
    }

    /** When the meeting starts and ends, in the site's time zone (that it ends after it starts is a rule of {@link MeetingType}). */
    public MeetingTime time(DocumentModel meeting) {
        return MeetingTime.of(dayOf(meeting), startOf(meeting), endOf(meeting), zone(), formats);
    }

    private static LocalTime startOf(DocumentModel meeting) {
        return LocalTime.parse(String.valueOf(meeting.get("start")));
    }

    private static LocalTime endOf(DocumentModel meeting) {
        return meeting.get("end") == null ? null : LocalTime.parse(String.valueOf(meeting.get("end")));
    }


    /** A date such as {@code postponed_to} in words: "Thursday 2 July 2026". */
    public String dayInWords(Object date) {
        return formats.day(LocalDate.parse(String.valueOf(date)));
    }

    /**
     * For a postponed meeting, the same committee's meeting on the new date when the site has one,
     * so the page can link to it; otherwise null.
     */
    public DocumentModel movedTo(DocumentModel meeting) {
        Object newDate = meeting.get("postponed_to");
        if (newDate == null) {
            return null;
        }
        LocalDate day = LocalDate.parse(String.valueOf(newDate));
        return byCommittee.getOrDefault(String.valueOf(meeting.get("committee")), List.of()).stream()
                .filter(other -> other != meeting && day.equals(dayOf(other)))
                .min(SOONEST_FIRST).orElse(null);
    }

    /** True for a meeting that will not take place at its time: cancelled, or postponed to another day. */
    public boolean isCalledOff(DocumentModel meeting) {
        Object status = meeting.get("meeting_status");
        return "cancelled".equals(status) || "postponed".equals(status);
    }

    /**
     * How people can take part: {@code mixed} (in a room and online), {@code online}, {@code offline}
     * (in a room only), or null when the file says neither.
     */
    public String attendanceMode(DocumentModel meeting) {
        boolean inPerson = meeting.get("venue") != null;
        boolean online = meeting.get("online") != null;
        return inPerson && online ? "mixed" : online ? "online" : inPerson ? "offline" : null;
    }

    /**
     * The meeting's papers with each file's format and size, measured now so the page never
     * states a size the file does not have. A paper whose file is missing stops the build.
     */
    public List<Paper> papers(DocumentModel meeting) {
        if (!(meeting.get("papers") instanceof List<?> papers) || papers.isEmpty()) {
            return List.of();
        }
        Path siteFolder = siteFolderOf(meeting);
        Path assets = siteFolder.resolve("assets").normalize();
        List<Paper> listed = new ArrayList<>();
        for (Object entry : papers) {
            Map<?, ?> paper = (Map<?, ?>) entry;
            String file = String.valueOf(paper.get("file"));
            Path path = siteFolder.resolve(file).normalize();
            if (!path.startsWith(assets) || !Files.isRegularFile(path)) {
                throw new BuildFailure(Problem.inFile(sourceOf(meeting), "the paper '" + file + "' is not a file in the assets folder",
                        "put the file in assets/papers/ and write its path from the site folder, such as assets/papers/report.pdf"));
            }
            long bytes;
            try {
                bytes = Files.size(path);
            } catch (IOException e) {
                throw new BuildFailure(Problem.inFile(file, "the paper could not be read: " + e.getMessage(), "check the file's permissions"));
            }
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String format = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
            // Assets are published at the site's root: assets/papers/x.pdf is served as papers/x.pdf.
            String url = assets.relativize(path).toString().replace('\\', '/');
            listed.add(new Paper(String.valueOf(paper.get("title")), url, format, formats.fileSize(bytes), bytes));
        }
        return List.copyOf(listed);
    }

    /** The meeting as a schema.org {@code Event}, as JSON that is safe inside a {@code <script>} element. */
    public String jsonLd(DocumentModel meeting) {
        return MeetingJsonLd.of(this, meeting);
    }

    /** The list of committees, relative to the site root. */
    public String committeesUrl() {
        return COMMITTEES;
    }

    /** The calendar of every meeting, relative to the site root. */
    public String allCalendar() {
        return ALL_CALENDAR;
    }

    /** The committee's page, relative to the site root: {@code committees/peoples-partnership/}. */
    public String committeeUrl(String committeeId) {
        return COMMITTEES + committeeId + "/";
    }

    /** The committee's calendar, relative to the site root. */
    public String committeeCalendar(String committeeId) {
        return committeeUrl(committeeId) + COMMITTEE_CALENDAR;
    }

    /** The meeting's own calendar file ("add to calendar"), relative to the site root. */
    public String calendarOf(DocumentModel meeting) {
        return meeting.getNoExtensionUri() + MEETING_CALENDAR;
    }

    /** The full https address of a site-relative path, from {@code url} in data/site.yaml. */
    public String absoluteUrl(String path) {
        return site.absoluteUrl(path);
    }

    /**
     * The same address for calendar apps: {@code webcal://} asks the reader's calendar to
     * subscribe, where the https address would download the file once.
     */
    public String webcalUrl(String path) {
        URI address = URI.create(absoluteUrl(path));
        return "webcal://" + address.getRawAuthority() + address.getRawPath();
    }

    /**
     * The meeting's calendar UID: its file name at the site's host and path. It depends only on
     * the file name and the site's address, so every build and every calendar file gives a meeting
     * the same UID, and a calendar app updates the event instead of adding a second one.
     */
    public String uid(DocumentModel meeting) {
        return meeting.get("slug") + "@" + site.hostAndPath();
    }

    /** The site's time zone ({@code timezone} in data/site.yaml), in which every meeting's times are written. */
    public ZoneId zone() {
        return site.zone();
    }

    public static LocalDate dayOf(DocumentModel meeting) {
        return Objects.requireNonNull((LocalDate) meeting.get("day"), meeting.getSourceuri());
    }

    /**
     * The site folder, worked out from where the meeting's file is: its path less the path within
     * the content folder, which sits in the site folder (JBake's {@code content.folder}, unchanged).
     */
    private static Path siteFolderOf(DocumentModel meeting) {
        Path contentFolder = Path.of(meeting.getFile()).toAbsolutePath();
        for (int level = 0; level < Path.of(meeting.getSourceuri()).getNameCount(); level++) {
            contentFolder = contentFolder.getParent();
        }
        return contentFolder.getParent();
    }

    /** The meeting's file as an editor knows it, such as {@code content/meetings/2024/2024-03-12-lpp.md}. */
    private static String sourceOf(DocumentModel meeting) {
        Path file = Path.of(meeting.getFile()).toAbsolutePath();
        return siteFolderOf(meeting).relativize(file).toString().replace('\\', '/');
    }
}
