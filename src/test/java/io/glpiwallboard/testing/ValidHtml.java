package io.glpiwallboard.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C's Nu HTML checker (the engine behind validator.w3.org/nu), run in-process and
 * offline: its HTML5 schemas ship inside the jar, and nothing is fetched.
 */
public final class ValidHtml {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ValidHtml() {
	}

	/**
	 * Fails with the checker's messages (line, column, text) unless the page has no error
	 * and no warning.
	 */
	public static void assertValid(String name, String html) {
		assertThat(problems(html)).as("HTML5 errors and warnings in %s", name).isEmpty();
	}

	/**
	 * @return "line:column type: message" for every error and warning
	 */
	public static List<String> problems(String html) {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		try {
			String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			List<String> problems = new ArrayList<>();
			for (JsonNode m : JSON.readTree(report).get("messages")) {
				String type = m.path("subType").asString(m.path("type").asString());
				if (type.equals("error") || type.equals("warning") || type.equals("fatal")
						|| type.equals("non-document-error")) {
					problems.add(m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt() + " " + type + ": "
							+ m.path("message").asString());
				}
			}
			return problems;
		}
		catch (Exception e) {
			throw new IllegalStateException("the Nu HTML checker failed to run", e);
		}
	}

}
