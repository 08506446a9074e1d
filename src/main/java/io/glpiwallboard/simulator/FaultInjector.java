package io.glpiwallboard.simulator;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the simulator misbehave on demand: scripted failures of the next requests, a
 * random failure rate for list requests, connection resets, token expiry/revocation, and
 * latency. All switches are safe to flip at runtime.
 */
public final class FaultInjector {

	/** What to do with one request instead of answering it normally. */
	enum Fault {

		NONE, RESET, STATUS

	}

	record Decision(Fault fault, int status) {
		static final Decision NONE = new Decision(Fault.NONE, 0);

	}

	private final AtomicInteger failNext = new AtomicInteger();

	private final AtomicInteger failStatus = new AtomicInteger(500);

	private final AtomicInteger resetNext = new AtomicInteger();

	private final AtomicReference<Double> faultRate;

	private final AtomicReference<Duration> latency;

	private final TokenService tokens;

	private final Random random;

	FaultInjector(double faultRate, Duration latency, TokenService tokens, long seed) {
		this.faultRate = new AtomicReference<>(faultRate);
		this.latency = new AtomicReference<>(latency);
		this.tokens = tokens;
		this.random = new Random(seed ^ 0x5DEECE66DL);
	}

	/**
	 * The next {@code n} API requests (of any kind) answer {@code httpStatus} (500 or 503
	 * are typical).
	 */
	public void failNextRequests(int n, int httpStatus) {
		failStatus.set(httpStatus);
		failNext.set(n);
	}

	/**
	 * The next {@code n} API requests get their connection cut without a complete
	 * response.
	 */
	public void resetNextRequests(int n) {
		resetNext.set(n);
	}

	/**
	 * Every access token issued so far fails verification (400 "Invalid OAuth token").
	 */
	public void expireAllTokens() {
		tokens.expireAll();
	}

	/** Every access and refresh token issued so far is revoked. */
	public void revokeAll() {
		tokens.revokeAll();
	}

	/**
	 * Probability in [0,1] that a list request fails with 500, 503 or a connection reset.
	 */
	public void setFaultRate(double rate) {
		faultRate.set(rate);
	}

	public void setLatency(Duration value) {
		latency.set(value);
	}

	public Duration latency() {
		return latency.get();
	}

	Decision decide(boolean listRequest) {
		if (takeOne(resetNext)) {
			return new Decision(Fault.RESET, 0);
		}
		if (takeOne(failNext)) {
			return new Decision(Fault.STATUS, failStatus.get());
		}
		double rate = faultRate.get();
		if (listRequest && rate > 0) {
			double r;
			int kind;
			synchronized (random) {
				r = random.nextDouble();
				kind = random.nextInt(3);
			}
			if (r < rate) {
				return kind == 0 ? new Decision(Fault.RESET, 0) : new Decision(Fault.STATUS, kind == 1 ? 500 : 503);
			}
		}
		return Decision.NONE;
	}

	private static boolean takeOne(AtomicInteger counter) {
		int current;
		do {
			current = counter.get();
			if (current <= 0) {
				return false;
			}
		}
		while (!counter.compareAndSet(current, current - 1));
		return true;
	}

}
