package io.glpiwallboard.wallboard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the TV board shows and when its numbers turn amber or red.
 *
 * @param title heading of the board that covers every entity ({@code /})
 * @param trendDays days shown in the trend chart
 * @param topEntities entities listed under "open by entity"; the rest are summed on one
 * line (five and that line fill the panel on a landscape screen: more are cut)
 * @param oldestTickets oldest open tickets listed
 * @param thresholds when numbers change colour; unset levels never colour, except late's
 * @param topGroups groups listed under "by team", above the "no team" line (five fill the
 * panel)
 */
@Validated
@ConfigurationProperties("wallboard.board")
public record BoardProperties(@DefaultValue("Service desk") @NotBlank String title,
		@DefaultValue("30") @Min(2) @Max(120) int trendDays, @DefaultValue("5") @Min(1) @Max(30) int topEntities,
		@DefaultValue("6") @Min(1) @Max(10) int oldestTickets, @DefaultValue @Valid Thresholds thresholds,
		@DefaultValue("5") @Min(1) @Max(30) int topGroups) {

	/**
	 * Colour levels of the board's numbers, for example {@code open.alert: 200} turns the
	 * open count red above 200.
	 *
	 * @param open open tickets now
	 * @param newToday tickets opened today
	 * @param change growth of the open count since yesterday
	 * @param oldestDays age in days of the oldest open ticket
	 * @param unassigned open tickets nobody is assigned to (on a group's board: no
	 * technician)
	 * @param late open tickets past their time-to-resolve deadline; unset, any is amber
	 * @param dueSoon open tickets due within {@code wallboard.due-soon}
	 */
	public record Thresholds(@DefaultValue @Valid Level open, @DefaultValue @Valid Level newToday,
			@DefaultValue @Valid Level change, @DefaultValue @Valid Level oldestDays,
			@DefaultValue @Valid Level unassigned, @Valid Level late, @DefaultValue @Valid Level dueSoon) {

		/** The one level with a default: a late ticket is news. */
		public static final Level LATE = new Level(0L, null);

		public Thresholds {
			late = late == null ? LATE : late;
		}

	}

	/**
	 * @param warning above this the number turns amber; 0 or more
	 * @param alert above this the number turns red; 0 or more
	 */
	public record Level(@PositiveOrZero Long warning, @PositiveOrZero Long alert) {

		/**
		 * @return "alert", "warning" or "normal": the CSS class of the number
		 */
		public String of(Long value) {
			if (value == null) {
				return "normal";
			}
			if (alert != null && value > alert) {
				return "alert";
			}
			if (warning != null && value > warning) {
				return "warning";
			}
			return "normal";
		}

	}

}
