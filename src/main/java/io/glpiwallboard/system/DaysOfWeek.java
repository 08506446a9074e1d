package io.glpiwallboard.system;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.stereotype.Component;

/**
 * Days of the week as an admin writes them: a list ({@code MONDAY,WEDNESDAY}), a range
 * ({@code MONDAY..FRIDAY}, {@code MON-FRI}, as in cron) or both ({@code MON-WED,FRI});
 * full English names or their first three letters, any case. A range may wrap around the
 * week ({@code FRI-MON} is Friday to Monday). Binds {@code Set<DayOfWeek>} settings such
 * as {@code wallboard.working-days}; YAML lists of single days bind too.
 */
@Component
@ConfigurationPropertiesBinding
public class DaysOfWeek implements ConditionalGenericConverter {

	private static final String EXPECTED = "expected days such as MONDAY..FRIDAY, MON-FRI or MON,WED,FRI";

	/**
	 * @throws SettingFormatException when a part is not a day or a range of days, or
	 * nothing is given
	 */
	public static Set<DayOfWeek> parse(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : text.split(",")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			int dots = item.indexOf("..");
			int dash = item.indexOf('-');
			if (dots > 0 || dash > 0) {
				DayOfWeek from = day(dots > 0 ? item.substring(0, dots) : item.substring(0, dash));
				DayOfWeek to = day(dots > 0 ? item.substring(dots + 2) : item.substring(dash + 1));
				for (DayOfWeek d = from;; d = d.plus(1)) {
					days.add(d);
					if (d == to) {
						break;
					}
				}
			}
			else {
				days.add(day(item));
			}
		}
		if (days.isEmpty()) {
			throw new SettingFormatException(EXPECTED);
		}
		return Collections.unmodifiableSet(days);
	}

	private static DayOfWeek day(String text) {
		String name = text.strip().toUpperCase(Locale.ROOT);
		for (DayOfWeek d : DayOfWeek.values()) {
			if (d.name().equals(name)
					|| d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT).equals(name)) {
				return d;
			}
		}
		throw new SettingFormatException("'" + text.strip() + "' is not a day: " + EXPECTED);
	}

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		// the binder reads a collection setting into a List first, then copies it into
		// the Set
		return Set.of(new ConvertiblePair(String.class, Collection.class),
				new ConvertiblePair(String.class, DayOfWeek.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return targetType.getType() == DayOfWeek.class || (targetType.getElementTypeDescriptor() != null
				&& targetType.getElementTypeDescriptor().getType() == DayOfWeek.class);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		if (targetType.getType() == DayOfWeek.class) {
			return day((String) source);
		}
		Set<DayOfWeek> days = parse((String) source);
		return targetType.getType().isAssignableFrom(List.class) ? List.copyOf(days) : days;
	}

}
