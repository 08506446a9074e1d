package io.glpiwallboard.sync;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.glpiwallboard.glpi.GlpiException;
import io.glpiwallboard.glpi.GlpiTicket;

/**
 * Writes fetched pages on its own thread, so the fetchers' next requests overlap the database
 * writes instead of waiting for them. The queue is bounded: memory holds at most a few pages
 * whatever the number of tickets, and fetchers wait when the database falls behind.
 */
final class PageWriter implements AutoCloseable {

	private static final List<GlpiTicket> END = List.of();

	private final BlockingQueue<List<GlpiTicket>> queue;

	private final SyncRun run;

	private final SyncProgress progress;

	private final Thread thread;

	private volatile Throwable failure;

	PageWriter(SyncRun run, SyncProgress progress, int capacity) {
		this.run = run;
		this.progress = progress;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.thread = new Thread(this::drain, "glpi-page-writer");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Hands a page over; blocks while the queue is full. */
	void submit(List<GlpiTicket> page) {
		try {
			while (!queue.offer(page, 200, TimeUnit.MILLISECONDS)) {
				rethrow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("sync interrupted", e);
		}
		rethrow();
	}

	/** Waits until every submitted page is written, then reports a write failure if there was one. */
	void finish() {
		try {
			queue.put(END);
			thread.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("sync interrupted", e);
		}
		rethrow();
	}

	private void drain() {
		try {
			while (true) {
				List<GlpiTicket> page = queue.take();
				if (page == END) {
					return;
				}
				if (failure == null) {
					run.store(page);
					progress.pageDone(page.size());
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException | Error e) {
			failure = e;
			queue.clear();
		}
	}

	private void rethrow() {
		Throwable t = failure;
		if (t instanceof RuntimeException re) {
			throw re;
		}
		if (t instanceof Error err) {
			throw err;
		}
	}

	@Override
	public void close() {
		thread.interrupt();
	}

}
