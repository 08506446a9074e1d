package io.glpiwallboard.snapshot;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketLabelsTests {

	@Test
	void codesTheMirrorUsesForMissingValuesReadUnknownAsOnTheBoard() {
		// then: 0 is what a snapshot stores for a ticket GLPI sent without a status,
		// priority or type
		assertThat(TicketLabels.status(0)).isEqualTo("Unknown status");
		assertThat(TicketLabels.priority(0)).isEqualTo("Unknown");
		assertThat(TicketLabels.type(0)).isEqualTo("Unknown");
		assertThat(TicketLabels.priority(6)).isEqualTo("Major");
		assertThat(TicketLabels.status(42)).as("a plugin's status").isEqualTo("Status 42");
	}

	@Test
	void durationsReadAsOnTheBoardInEveryView() {
		// then: the board's, the workbook's and the mail's "Due within ..." say the same
		assertThat(TicketLabels.duration(Duration.ofMinutes(90))).isEqualTo("90 min");
		assertThat(TicketLabels.duration(Duration.ofHours(24))).isEqualTo("24 h");
		assertThat(TicketLabels.duration(Duration.ofHours(36))).isEqualTo("36 h");
		assertThat(TicketLabels.duration(Duration.ofDays(2))).isEqualTo("2 days");
	}

}
