package io.glpiwallboard.wallboard.view;

/**
 * What a page says about itself rather than about the tickets: theme, freshness, period.
 *
 * @param theme CSS class of the body: dark or light
 * @param asOfText "14:32", or with the day when the data is not from today
 * @param asOfIso machine-readable snapshot time
 * @param asOfEpochMillis the same for the static board's staleness check
 * @param stale whether the banner shows
 * @param staleReason one line for the banner
 * @param staleAfterMillis after how long the static board calls itself stale
 * @param staticBoard true for the files written by {@code run}
 * @param trendDays days in the trend chart
 */
public record PageContext(String theme, String asOfText, String asOfIso, long asOfEpochMillis, boolean stale,
		String staleReason, long staleAfterMillis, boolean staticBoard, int trendDays) {
}
