package io.glpiwallboard.glpi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivedBodyTests {

	private static ReceivedBody of(String... chunks) {
		List<byte[]> bytes = Arrays.stream(chunks).map(c -> c.getBytes(StandardCharsets.UTF_8)).toList();
		return new ReceivedBody(bytes);
	}

	@Test
	void theBuffersReadAsOneBodyAsOftenAsAsked() throws IOException {
		// given: a page split by the client mid-ticket, and mid-character (é is two
		// bytes)
		byte[] e = "é".getBytes(StandardCharsets.UTF_8);
		ReceivedBody body = new ReceivedBody(List.of("[{\"id\":1,\"name\":\"".getBytes(StandardCharsets.UTF_8),
				new byte[] { e[0] }, new byte[] { e[1] }, "\"}]".getBytes(StandardCharsets.UTF_8)));

		// when
		String first = new String(body.stream().readAllBytes(), StandardCharsets.UTF_8);
		String second = new String(body.stream().readAllBytes(), StandardCharsets.UTF_8);

		// then
		assertThat(first).isEqualTo("[{\"id\":1,\"name\":\"é\"}]").isEqualTo(second);
	}

	@Test
	void theFirstSignificantByteIsFoundAcrossBuffersAndABlankBodyHasNone() {
		assertThat(of("  \r\n", "", "\t [1]").firstNonWhitespace()).isEqualTo('[');
		assertThat(of("<html>").firstNonWhitespace()).isEqualTo('<');
		assertThat(of(" ", "\n").firstNonWhitespace()).isEqualTo(-1);
		assertThat(of().firstNonWhitespace()).isEqualTo(-1);
	}

}
