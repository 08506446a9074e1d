package io.glpiwallboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Checks the settings as given, before Spring binds them. Finds settings under the
 * product's prefixes ({@code glpi.}, {@code wallboard.}, ...) that no
 * {@code @ConfigurationProperties} record binds, e.g. {@code wallboard.timezone} for
 * {@code wallboard.time-zone}: Spring would ignore them silently, and the product would
 * run with the default instead (a wrong "today" on the TV for a misspelled time zone).
 *
 * <p>
 * The known settings are the product's entries of the configuration metadata the build
 * generates ({@code META-INF/spring-configuration-metadata.json}); lists and maps of
 * records ({@code
 * report.recipients[0].to}) are checked against the record's components. Several records
 * share the {@code wallboard} prefix, so Spring's own {@code ignoreUnknownFields=false}
 * cannot do this.
 *
 * <p>
 * It also refuses an empty value for a setting that has a default and is no text ({@code
 * --glpi.request-timeout=}, typically a shell variable that was not set): Spring would
 * silently take the default.
 *
 * <p>
 * Command-line arguments, system properties and configuration files are checked.
 * Environment variables are not: relaxed binding maps any {@code GLPI_*} or
 * {@code SYNC_*} variable onto these prefixes, and a machine has many such variables that
 * mean something else.
 */
final class GivenSettings {

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final String PRODUCT_PACKAGE = "io.glpiwallboard.";

	/** Known setting (dashed form) to the Java type it binds to and its default. */
	private final Map<String, Setting> known;

	private final Set<String> prefixes = new TreeSet<>();

	/**
	 * @param type what it binds to, null when it could not be resolved
	 * @param defaultValue as the metadata writes it, null without a default
	 * @param text whether it binds to a String (an empty one is a value)
	 */
	private record Setting(Type type, String defaultValue, boolean text) {
	}

	private GivenSettings(Map<String, Setting> known) {
		this.known = known;
		known.keySet().forEach(name -> prefixes.add(name.substring(0, name.indexOf('.'))));
	}

	/**
	 * The product's settings from the metadata on the class path; empty when the build
	 * generated none.
	 */
	static GivenSettings fromMetadata(ClassLoader classLoader) {
		Map<String, Setting> known = new LinkedHashMap<>();
		JsonMapper json = JsonMapper.builder().build();
		try {
			Enumeration<URL> files = classLoader.getResources(METADATA);
			while (files.hasMoreElements()) {
				try (InputStream in = files.nextElement().openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						String source = property.path("sourceType").asString("");
						if (source.startsWith(PRODUCT_PACKAGE)) {
							String name = property.path("name").asString();
							JsonNode given = property.path("defaultValue");
							String defaultValue = given.isMissingNode() || given.isNull() ? null
									: given.isArray() ? given.toString() : given.asString();
							known.put(name, new Setting(componentType(classLoader, source, name), defaultValue,
									property.path("type").asString("").equals("java.lang.String")));
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the configuration metadata", e);
		}
		return new GivenSettings(known);
	}

	/**
	 * @return the first unknown setting given on the command line, as a system property
	 * or in a configuration file, as one line:
	 * {@code unknown setting wallboard.time-zome (did you mean
	 *         wallboard.time-zone?)}; else the first one given empty although it needs a
	 * value
	 */
	Optional<String> check(ConfigurableEnvironment environment) {
		if (known.isEmpty()) {
			// no metadata (a build without the configuration processor): nothing to
			// compare with
			return Optional.empty();
		}
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			Object underlying = source.getUnderlyingSource();
			if (!(source instanceof IterableConfigurationPropertySource names)
					|| underlying instanceof SystemEnvironmentPropertySource
					|| underlying instanceof PropertySource<?> p && p.getName().equals("defaultProperties")) {
				continue;
			}
			List<ConfigurationPropertyName> ours = names.stream()
				.filter(name -> prefixes.contains(name.getElement(0, ConfigurationPropertyName.Form.UNIFORM)))
				.toList();
			Optional<ConfigurationPropertyName> unknown = ours.stream().filter(name -> !isKnown(name)).findFirst();
			if (unknown.isPresent()) {
				return Optional.of(describe(unknown.get()));
			}
			for (ConfigurationPropertyName name : ours) {
				Object value = source.getConfigurationProperty(name) == null ? null
						: source.getConfigurationProperty(name).getValue();
				Optional<Map.Entry<String, Setting>> setting = known.entrySet()
					.stream()
					.filter(e -> ConfigurationPropertyName.of(e.getKey()).equals(name))
					.findFirst();
				if (value != null && value.toString().isBlank() && setting.isPresent()
						&& setting.get().getValue().defaultValue() != null && !setting.get().getValue().text()) {
					return Optional.of("invalid configuration value for '" + setting.get().getKey()
							+ "' (got ''): remove the setting to keep the default ("
							+ setting.get().getValue().defaultValue() + ")");
				}
			}
		}
		return Optional.empty();
	}

	boolean isKnown(ConfigurationPropertyName name) {
		for (Map.Entry<String, Setting> setting : known.entrySet()) {
			ConfigurationPropertyName known = ConfigurationPropertyName.of(setting.getKey());
			if (known.equals(name)) {
				return true;
			}
			if (known.isAncestorOf(name) && fits(setting.getValue().type(), name, known.getNumberOfElements())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the elements of {@code name} from {@code at} on address something inside
	 * {@code type}.
	 */
	private static boolean fits(Type type, ConfigurationPropertyName name, int at) {
		if (at == name.getNumberOfElements()) {
			return true;
		}
		if (type == null) {
			// a type the metadata names but this class loader cannot load: give it the
			// benefit of the doubt
			return true;
		}
		Class<?> raw = raw(type);
		if (raw.isArray()) {
			return name.isNumericIndex(at) && fits(raw.getComponentType(), name, at + 1);
		}
		if (Collection.class.isAssignableFrom(raw)) {
			return name.isNumericIndex(at) && fits(argument(type, 0), name, at + 1);
		}
		if (Map.class.isAssignableFrom(raw)) {
			Type value = argument(type, 1);
			// a map of plain values takes keys with dots in them; a map of records one
			// key, then a component
			return value == null || !raw(value).isRecord() || fits(value, name, at + 1);
		}
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				if (ConfigurationPropertyName.of(dashed(component.getName()))
					.getElement(0, ConfigurationPropertyName.Form.UNIFORM)
					.equals(name.getElement(at, ConfigurationPropertyName.Form.UNIFORM)) && !name.isNumericIndex(at)) {
					return fits(component.getGenericType(), name, at + 1);
				}
			}
		}
		return false;
	}

	private String describe(ConfigurationPropertyName name) {
		String given = name.toString();
		List<String> candidates = new ArrayList<>();
		for (Map.Entry<String, Setting> setting : known.entrySet()) {
			candidates.add(setting.getKey());
			Type type = setting.getValue().type();
			if (type != null && Collection.class.isAssignableFrom(raw(type)) && argument(type, 0) != null
					&& raw(argument(type, 0)).isRecord()) {
				for (RecordComponent component : raw(argument(type, 0)).getRecordComponents()) {
					candidates.add(setting.getKey() + "[" + index(name) + "]." + dashed(component.getName()));
				}
			}
		}
		String closest = candidates.stream().min(Comparator.comparingInt(c -> distance(c, given))).orElseThrow();
		int distance = distance(closest, given);
		String hint = distance <= Math.max(2, given.length() / 8) ? " (did you mean " + closest + "?)" : "";
		return "unknown setting " + given + hint
				+ (hint.isEmpty() ? " (README.md, \"Configuration\", lists the settings)" : "");
	}

	/** The index the admin wrote for a list entry, to suggest the same one. */
	private static String index(ConfigurationPropertyName name) {
		for (int i = 0; i < name.getNumberOfElements(); i++) {
			if (name.isNumericIndex(i)) {
				return name.getElement(i, ConfigurationPropertyName.Form.UNIFORM);
			}
		}
		return "0";
	}

	private static Type componentType(ClassLoader classLoader, String sourceType, String name) {
		try {
			Class<?> source = Class.forName(sourceType, false, classLoader);
			String last = name.substring(name.lastIndexOf('.') + 1);
			if (source.isRecord()) {
				for (RecordComponent component : source.getRecordComponents()) {
					if (dashed(component.getName()).equals(last)) {
						return component.getGenericType();
					}
				}
			}
		}
		catch (ClassNotFoundException | LinkageError e) {
			// checked leniently below
		}
		return null;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
	}

	private static Type argument(Type type, int index) {
		if (type instanceof ParameterizedType p) {
			Type argument = p.getActualTypeArguments()[index];
			return argument instanceof java.lang.reflect.WildcardType w ? w.getUpperBounds()[0] : argument;
		}
		return null;
	}

	private static String dashed(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
