package io.glpiwallboard.wallboard;

import java.util.function.Supplier;

/**
 * A value computed at most once, on first use, by whichever thread asks first; the others wait
 * for it instead of computing it again (a snapshot's charts are expensive, its readers many).
 */
final class Memo<T> implements Supplier<T> {

	private Supplier<T> source;

	private volatile T value;

	Memo(Supplier<T> source) {
		this.source = source;
	}

	@Override
	public T get() {
		T v = value;
		if (v != null) {
			return v;
		}
		synchronized (this) {
			if (value == null) {
				value = source.get();
				source = null;
			}
			return value;
		}
	}

}
