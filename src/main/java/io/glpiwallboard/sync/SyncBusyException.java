package io.glpiwallboard.sync;

/** Another sync holds the lock: runs never write at the same time. */
public class SyncBusyException extends RuntimeException {

	public SyncBusyException(String message) {
		super(message);
	}

}
