package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jbake.model.DocumentModel;

import org.publicrecord.model.ModelPart;

/**
 * Every decision of every published meeting, newest meeting first and in each meeting in the
 * order decided: the decisions register ({@code decisions/}), its views by committee and by year,
 * the home page's latest decisions and the open data. A decision is known by its meeting and its
 * number there, the anchor {@code #decision-N} of the meeting's page.
 */
public final class DecisionRegister implements ModelPart {

    /** Where the register is published. */
    public static final String FOLDER = "decisions/";
    /** What a decision without an {@code outcome} was. */
    public static final String AGREED = "agreed";

    /**
     * One decision.
     *
     * @param number    its place in the meeting's list, counting from 1
     * @param outcome   agreed, not-agreed, deferred or noted
     * @param actionIds the ids of the actions it led to, as the meeting lists them
     * @param url       the meeting page's address with the decision's anchor
     */
    public record Decision(DocumentModel meeting, String meetingSlug, String meetingTitle, LocalDate day, String committeeId,
                           String committeeName, int number, String text, String outcome, List<String> actionIds, String url) {

        /** The decision's stable id: the meeting's file name and the number, such as {@code 2026-11-17-peoples-partnership#decision-3}. */
        public String id() {
            return meetingSlug + "#decision-" + number;
        }

        public int year() {
            return day.getYear();
        }
    }

    /** One view of the register: a committee's decisions or a year's. */
    public record View(String kind, String key, String name, String url, List<Decision> decisions) {
        public int count() {
            return decisions.size();
        }
    }

    private final List<Decision> all;
    private final List<View> byCommittee;
    private final List<View> byYear;

    /** From the published meetings, newest first, as {@link Meetings#all()} holds them. */
    public DecisionRegister(Meetings meetings) {
        List<Decision> decisions = new ArrayList<>();
        for (DocumentModel meeting : meetings.all()) {
            if (!(meeting.get("decisions") instanceof List<?> list) || meetings.isCalledOff(meeting)) {
                continue;
            }
            String committeeId = text(meeting.get("committee"));
            Map<String, Object> committee = meetings.committee(committeeId);
            String committeeName = committee == null ? committeeId : text(committee.get("name"));
            LocalDate day = meetings.time(meeting).day();
            int number = 0;
            for (Object entry : list) {
                number++;
                if (entry instanceof Map<?, ?> decision) {
                    String outcome = decision.get("outcome") == null ? AGREED : text(decision.get("outcome"));
                    List<String> actionIds = decision.get("actions") instanceof List<?> ids
                            ? ids.stream().filter(Objects::nonNull).map(String::valueOf).toList() : List.of();
                    decisions.add(new Decision(meeting, text(meeting.get("slug")), meeting.getTitle(), day, committeeId, committeeName,
                            number, text(decision.get("text")), outcome, actionIds, text(meeting.get("url")) + "#decision-" + number));
                }
            }
        }
        this.all = List.copyOf(decisions);
        Map<String, List<Decision>> committees = new LinkedHashMap<>();
        Map<Integer, List<Decision>> years = new LinkedHashMap<>();
        for (Decision decision : all) {
            committees.computeIfAbsent(decision.committeeId(), id -> new ArrayList<>()).add(decision);
            years.computeIfAbsent(decision.year(), year -> new ArrayList<>()).add(decision);
        }
        this.byCommittee = committees.entrySet().stream()
                .map(entry -> new View("committee", entry.getKey(), entry.getValue().get(0).committeeName(),
                        FOLDER + "committee/" + entry.getKey() + "/", List.copyOf(entry.getValue())))
                .sorted(java.util.Comparator.comparing(View::name))
                .toList();
        this.byYear = years.entrySet().stream()
                .map(entry -> new View("year", String.valueOf(entry.getKey()), String.valueOf(entry.getKey()),
                        FOLDER + entry.getKey() + "/", List.copyOf(entry.getValue())))
                .toList();
    }

    /** Every decision, the newest meeting's first. */
    public List<Decision> all() {
        return all;
    }

    /** The decisions of the {@code count} latest meetings held by {@code today} that made any, newest first. */
    public List<Decision> latest(Number count, LocalDate today) {
        return all.stream().filter(decision -> !decision.day().isAfter(today)).limit(count.longValue()).toList();
    }

    /** One view per committee that has decisions, by committee name. */
    public List<View> byCommittee() {
        return byCommittee;
    }

    /** One view per year that has decisions, newest first. */
    public List<View> byYear() {
        return byYear;
    }

    /** Every view: by committee, then by year. */
    public List<View> views() {
        List<View> views = new ArrayList<>(byCommittee);
        views.addAll(byYear);
        return List.copyOf(views);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
