package io.glpiwallboard.glpi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;

/**
 * A response body as the HTTP client delivered it: its buffers (about 16 KB each), never
 * joined into one array. A page of 500 tickets is about 1 MB; one array of that size is a
 * humongous object for G1 (over half a region of a 256 MB heap), allocated outside the
 * young generation, and a full sync allocating several per page kept the collector's
 * concurrent marking busy on the cores the sync needs. Read it as a stream, as often as
 * needed.
 */
final class ReceivedBody {

	private final List<byte[]> chunks;

	ReceivedBody(List<byte[]> chunks) {
		this.chunks = List.copyOf(chunks);
	}

	/**
	 * @return the body from its first byte; each call starts again
	 */
	InputStream stream() {
		return new SequenceInputStream(
				Collections.enumeration(chunks.stream().map(ByteArrayInputStream::new).toList()));
	}

	/**
	 * @return the first byte that is not ASCII whitespace, or -1 for a blank body
	 */
	int firstNonWhitespace() {
		for (byte[] chunk : chunks) {
			for (byte b : chunk) {
				if (!Character.isWhitespace(b)) {
					return b & 0xff;
				}
			}
		}
		return -1;
	}

}
