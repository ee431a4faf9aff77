package org.publicrecord.types.action;

import java.util.List;

/**
 * The numbers of the action log on one day, for the summary table and the chart drawn from it.
 *
 * @param byStatus       how many actions have each status, in {@link ActionStatus#ALL} order
 * @param overdue        unfinished actions past their due date
 * @param doneOnTime     done actions completed by their due date
 * @param doneLate       done actions completed after their due date
 * @param onTimePercent  {@code doneOnTime} as a whole per cent of the done actions that had a due date; null when there are none
 * @param onTimeWidth    the length of the "on time" part of the chart's timeliness bar, out of {@link #CHART_LENGTH}
 */
public record ActionSummary(int total, List<StatusCount> byStatus, int overdue, int doneOnTime, int doneLate,
                            Integer onTimePercent, int onTimeWidth) {

    /** The length of the chart's longest bar, in the SVG's units. */
    public static final int CHART_LENGTH = 300;

    /**
     * How many actions have one status.
     *
     * @param width the length of its bar in the chart, out of {@link #CHART_LENGTH}
     */
    public record StatusCount(String status, int count, int width) {
    }

    static ActionSummary of(List<TrackedAction> actions) {
        int most = 0;
        for (String status : ActionStatus.ALL) {
            most = Math.max(most, count(actions, status));
        }
        int longest = most;
        List<StatusCount> byStatus = ActionStatus.ALL.stream()
                .map(status -> {
                    int count = count(actions, status);
                    return new StatusCount(status, count, longest == 0 ? 0 : Math.round((float) count * CHART_LENGTH / longest));
                })
                .toList();
        int onTime = (int) actions.stream().filter(TrackedAction::doneOnTime).count();
        int late = (int) actions.stream().filter(TrackedAction::doneLate).count();
        int timed = onTime + late;
        return new ActionSummary(actions.size(), byStatus, (int) actions.stream().filter(TrackedAction::overdue).count(),
                onTime, late, timed == 0 ? null : Math.round(100f * onTime / timed),
                timed == 0 ? 0 : Math.round((float) onTime * CHART_LENGTH / timed));
    }

    /** Done actions that had a due date: the base of the share done on time. */
    public int doneWithDueDate() {
        return doneOnTime + doneLate;
    }

    public int count(String status) {
        return byStatus.stream().filter(entry -> entry.status().equals(status)).mapToInt(StatusCount::count).sum();
    }

    private static int count(List<TrackedAction> actions, String status) {
        return (int) actions.stream().filter(action -> status.equals(action.status())).count();
    }
}
