package io.glpiwallboard.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketLabelsTests {

	@Test
	void codesTheMirrorUsesForMissingValuesReadUnknownAsOnTheBoard() {
		// then: 0 is what a snapshot stores for a ticket GLPI sent without a status, priority or type
		assertThat(TicketLabels.status(0)).isEqualTo("Unknown status");
		assertThat(TicketLabels.priority(0)).isEqualTo("Unknown");
		assertThat(TicketLabels.type(0)).isEqualTo("Unknown");
		assertThat(TicketLabels.priority(6)).isEqualTo("Major");
		assertThat(TicketLabels.status(42)).as("a plugin's status").isEqualTo("Status 42");
	}

}
