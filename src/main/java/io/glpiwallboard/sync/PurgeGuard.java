package io.glpiwallboard.sync;

import java.util.Locale;

import io.glpiwallboard.glpi.GlpiProtocolException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under every removal of one run: a server's claims (an empty or truncated
 * page that looks consistent, a filter it ignores, a count it gets wrong) must never
 * silently empty the mirror, because the board would then show a confident, wrong zero.
 * <ul>
 * <li>Removing up to {@code sync.max-purge-ratio} of the tickets the mirror held when the
 * run started needs no further proof: ordinary purges.</li>
 * <li>Removing more is allowed only when GLPI's own count confirms it (for a full sync: a
 * fresh count of every ticket GLPI shows is no larger than the tickets the run saw; for
 * the reconciliation: each re-read range holds as many rows as GLPI counted in it).
 * Otherwise the run stops, nothing removed.</li>
 * <li>Emptying a non-empty mirror is refused even when GLPI's count says 0, unless the
 * ratio is 1: a GLPI that shows no ticket at all is far more often a service account that
 * lost its rights or a wrong {@code glpi.entity} than a helpdesk whose every ticket was
 * purged.</li>
 * </ul>
 * One guard per run, shared by the full sync's purge and the reconciliation, so the share
 * is counted over both.
 */
final class PurgeGuard {

	private static final Logger log = LoggerFactory.getLogger(PurgeGuard.class);

	private final double maxRatio;

	private final long mirrored;

	private long approved;

	/**
	 * @param maxRatio {@code sync.max-purge-ratio}, 0 to 1
	 * @param mirrored tickets in the mirror when the run started
	 */
	PurgeGuard(double maxRatio, long mirrored) {
		this.maxRatio = maxRatio;
		this.mirrored = mirrored;
	}

	/**
	 * True when removing {@code count} more tickets stays within the share that needs no
	 * confirmation.
	 */
	boolean withinRatio(long count) {
		return maxRatio >= 1 || mirrored == 0 || approved + count <= maxRatio * mirrored;
	}

	/**
	 * Approves removing {@code count} tickets, or refuses it before anything is removed.
	 * @param count tickets about to be removed
	 * @param remaining tickets the mirror keeps afterwards
	 * @param confirmed whether GLPI's count confirms the removal (only looked at beyond
	 * the ratio)
	 * @param counts GLPI's counts in words, for the log or the refusal; null when not
	 * asked
	 * @throws GlpiProtocolException (exit 5) when the removal would empty the mirror, or
	 * exceeds the ratio without confirmation
	 */
	void approve(long count, long remaining, boolean confirmed, String counts) {
		if (count <= 0 || maxRatio >= 1) {
			approved += Math.max(0, count);
			return;
		}
		if (remaining <= 0 && mirrored > 0) {
			throw new GlpiProtocolException("GLPI shows no ticket at all where the mirror holds " + (remaining + count)
					+ ": refusing to empty it, nothing was removed (a service account that lost its rights or a wrong"
					+ " glpi.entity is the usual cause); if GLPI really has no ticket left, run once with"
					+ " --sync.max-purge-ratio=1");
		}
		if (!withinRatio(count)) {
			String share = percent((approved + count) / (double) mirrored) + ", above sync.max-purge-ratio="
					+ percent(maxRatio);
			if (!confirmed) {
				throw new GlpiProtocolException("refusing to remove " + count + " of " + mirrored
						+ " mirrored tickets (" + share + ") that GLPI's counts do not confirm as gone"
						+ (counts == null ? "" : " (" + counts + ")")
						+ "; nothing was removed: check GLPI and the service account's rights, or run once with a higher"
						+ " --sync.max-purge-ratio to accept it");
			}
			log.warn("Removing {} of {} mirrored tickets ({}): {}", count, mirrored, share, counts);
		}
		approved += count;
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

}
