package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glpiwallboard.glpi.GlpiProtocolException;

import org.junit.jupiter.api.Test;

/**
 * What one run may remove from a mirror of 100 tickets with sync.max-purge-ratio at 50%.
 */
class PurgeGuardTests {

	private final PurgeGuard guard = new PurgeGuard(0.5, 100);

	@Test
	void removalsWithinTheRatioNeedNoConfirmation() {
		// when / then
		assertThatCode(() -> guard.approve(50, 50, false, null)).doesNotThrowAnyException();
	}

	@Test
	void aRemovalBeyondTheRatioThatGlpisCountDoesNotConfirmIsRefused() {
		// when / then
		assertThatThrownBy(() -> guard.approve(51, 49, false, "GLPI counts 100 tickets, its pages showed 49"))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageStartingWith(
					"refusing to remove 51 of 100 mirrored tickets (51%, above sync.max-purge-ratio=50%)")
			.hasMessageContaining("GLPI counts 100 tickets, its pages showed 49")
			.hasMessageContaining("nothing was removed");
	}

	@Test
	void aRemovalBeyondTheRatioThatGlpisCountConfirmsGoesThrough() {
		// when / then
		assertThatCode(() -> guard.approve(80, 20, true, "GLPI counts 20 tickets, its pages showed 20"))
			.doesNotThrowAnyException();
	}

	@Test
	void theShareCountsEveryRemovalOfTheRun() {
		// given: the full sync's purge took 30%
		guard.approve(30, 70, false, null);

		// when / then: the reconciliation may not add another 30% unconfirmed
		assertThatThrownBy(() -> guard.approve(30, 40, false, null)).hasMessageContaining("(60%, above");
	}

	@Test
	void emptyingTheMirrorIsRefusedEvenWhenGlpiCountsZero() {
		// when / then
		assertThatThrownBy(() -> guard.approve(100, 0, true, "GLPI counts 0 tickets, its pages showed 0"))
			.isInstanceOf(GlpiProtocolException.class)
			.hasMessageStartingWith("GLPI shows no ticket at all where the mirror holds 100")
			.hasMessageContaining("--sync.max-purge-ratio=1");
	}

	@Test
	void aRatioOfOneAllowsEveryRemovalEmptyingIncluded() {
		// when / then
		assertThatCode(() -> new PurgeGuard(1, 100).approve(100, 0, false, null)).doesNotThrowAnyException();
	}

	@Test
	void aRatioOfZeroWantsConfirmationForAnyRemoval() {
		// when / then
		assertThatThrownBy(() -> new PurgeGuard(0, 100).approve(1, 99, false, null))
			.hasMessageStartingWith("refusing to remove 1 of 100");
	}

}
