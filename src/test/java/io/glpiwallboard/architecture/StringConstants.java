package io.glpiwallboard.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string literals of a compiled class, read from its constant pool (JVMS §4.4): every
 * {@code CONSTANT_String}, which also holds the recipes of string concatenations
 * ({@code "id=ge=\u0001;id=le=\u0001"}). Class and method names are not literals and are
 * left out.
 */
final class StringConstants {

	private StringConstants() {
	}

	static List<String> of(URI classFile) {
		try (InputStream in = classFile.toURL().openStream(); DataInputStream data = new DataInputStream(in)) {
			data.readInt(); // magic
			data.readUnsignedShort(); // minor
			data.readUnsignedShort(); // major
			int count = data.readUnsignedShort();
			Map<Integer, String> utf8 = new HashMap<>();
			List<Integer> strings = new ArrayList<>();
			for (int i = 1; i < count; i++) {
				int tag = data.readUnsignedByte();
				switch (tag) {
					case 1 -> utf8.put(i, data.readUTF());
					case 8 -> strings.add(data.readUnsignedShort());
					case 7, 16, 19, 20 -> data.skipBytes(2);
					case 15 -> data.skipBytes(3);
					case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
					case 5, 6 -> {
						data.skipBytes(8);
						i++; // takes two entries
					}
					default -> throw new IllegalStateException("unknown constant pool tag " + tag + " in " + classFile);
				}
			}
			return strings.stream().map(utf8::get).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
