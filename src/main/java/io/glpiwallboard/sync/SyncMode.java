package io.glpiwallboard.sync;

/** {@code run} does a full sync; {@code refresh} an incremental one. */
public enum SyncMode {

	FULL, INCREMENTAL

}
