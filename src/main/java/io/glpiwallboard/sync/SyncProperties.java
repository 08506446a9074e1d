package io.glpiwallboard.sync;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the GLPI sync.
 *
 * @param overlap how far before the last watermark an incremental sync starts again;
 * covers GLPI's one-second resolution, clock skew and daylight-saving changes of the
 * server; 1 second to 7 days (a negative or zero overlap would silently miss changes)
 * @param progressInterval how often a long sync logs its progress, 0 (every page) to 1
 * hour
 * @param reconcileBudget most count requests spent locating purged tickets in one run
 * @param maxPurgeRatio the share of the mirror (0 to 1) one run may remove without GLPI's
 * own count confirming that those tickets are gone; 1 also allows emptying the mirror
 * when GLPI shows no ticket at all (see {@link PurgeGuard})
 */
@Validated
@ConfigurationProperties("sync")
public record SyncProperties(
		@DefaultValue("1h") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 7) Duration overlap,
		@DefaultValue("10s") @NotNull @DurationMin(millis = 0) @DurationMax(hours = 1) Duration progressInterval,
		@DefaultValue("400") @Min(0) @Max(100000) int reconcileBudget,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double maxPurgeRatio) {
}
