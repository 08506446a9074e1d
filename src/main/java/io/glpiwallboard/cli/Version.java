package io.glpiwallboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The product's version: from {@code META-INF/build-info.properties}, which the build
 * writes (spring-boot-maven-plugin, goal {@code build-info}), else from the jar
 * manifest's {@code Implementation-Version}.
 */
final class Version {

	static final String BUILD_INFO = "META-INF/build-info.properties";

	private Version() {
	}

	/**
	 * @return e.g. {@code 0.1.0}, or {@code unknown} when run from classes the build did
	 * not produce
	 */
	static String current() {
		try (InputStream in = Version.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
			if (in != null) {
				Properties info = new Properties();
				info.load(in);
				String version = info.getProperty("build.version");
				if (version != null && !version.isBlank()) {
					return version;
				}
			}
		}
		catch (IOException e) {
			// an unreadable build-info is no reason to fail: fall back to the manifest
		}
		String manifest = Version.class.getPackage().getImplementationVersion();
		return manifest != null ? manifest : "unknown";
	}

}
