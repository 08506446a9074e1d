package io.glpiwallboard.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The published snapshot's figures as Prometheus gauges: exactly the numbers of the board
 * and of {@code /api/wallboard} (the snapshot module's {@link WallboardFigures} for the
 * whole scope), loaded once per snapshot, never recomputed here. Updated after every sync
 * that publishes, and once at start-up from the latest snapshot on disk.
 *
 * <ul>
 * <li>{@code wallboard_tickets_open}, {@code wallboard_tickets_opened_today},
 * {@code wallboard_tickets_solved_today}: the board's key figures</li>
 * <li>{@code wallboard_tickets_open_by_status{status,status_name}},
 * {@code wallboard_tickets_open_by_priority{priority,priority_name}}</li>
 * <li>{@code wallboard_entity_tickets_open{entity_id,entity}}: the entity's own tickets
 * (they add up to the total); {@code wallboard_entity_tickets_open_recursive}: with its
 * sub-entities, as the entity's board counts them</li>
 * <li>{@code wallboard_snapshot_timestamp_seconds}: when the figures were taken (Unix
 * time)</li>
 * </ul>
 * Before the first successful sync there are no figures: the single gauges read NaN (not
 * 0, which would be a wrong number) and the labelled ones have no series.
 */
@Component
class FigureGauges implements SnapshotPublisher {

	private static final Logger log = LoggerFactory.getLogger(FigureGauges.class);

	private final FiguresRepository figures;

	private final MultiGauge byStatus;

	private final MultiGauge byPriority;

	private final MultiGauge byEntity;

	private final MultiGauge byEntityRecursive;

	private volatile WallboardFigures current;

	FigureGauges(FiguresRepository figures, MeterRegistry registry) {
		this.figures = figures;
		this.byStatus = MultiGauge.builder("wallboard.tickets.open.by.status")
			.description("Open tickets of the latest snapshot by GLPI status")
			.register(registry);
		this.byPriority = MultiGauge.builder("wallboard.tickets.open.by.priority")
			.description("Open tickets of the latest snapshot by priority")
			.register(registry);
		this.byEntity = MultiGauge.builder("wallboard.entity.tickets.open")
			.description("Open tickets of each entity itself, without its sub-entities (the lines add up to the total)")
			.register(registry);
		this.byEntityRecursive = MultiGauge.builder("wallboard.entity.tickets.open.recursive")
			.description("Open tickets of each entity with its sub-entities, as the entity's board counts them")
			.register(registry);
		Gauge.builder("wallboard.tickets.open", this, g -> g.value(f -> f.open().total()))
			.description("Open tickets (not solved or closed) in the latest snapshot")
			.register(registry);
		Gauge.builder("wallboard.tickets.opened.today", this, g -> g.value(f -> f.today().opened()))
			.description("Tickets opened on the snapshot's day, in wallboard.time-zone")
			.register(registry);
		Gauge.builder("wallboard.tickets.solved.today", this, g -> g.value(f -> f.today().solved()))
			.description("Tickets solved on the snapshot's day, in wallboard.time-zone")
			.register(registry);
		Gauge.builder("wallboard.snapshot.timestamp", this, g -> g.value(f -> f.asOf().toEpochMilli() / 1000.0))
			.description("When the latest snapshot was taken, Unix time")
			.baseUnit("seconds")
			.register(registry);
	}

	@Override
	public Stage stage() {
		return Stage.METRICS;
	}

	@Override
	public String name() {
		return "metrics";
	}

	@Override
	public boolean afterRefresh() {
		return true;
	}

	@Override
	public void publish(Request request) {
		update();
	}

	/**
	 * A restarted server has no publication to wait for: the latest snapshot is already
	 * there.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadLatest() {
		try {
			update();
		}
		catch (RuntimeException e) {
			// metrics must never stop the server from starting; the next sync fills them
			// in
			log.warn("Metrics not loaded from the latest snapshot: {}", e.getMessage());
		}
	}

	void update() {
		Optional<WallboardFigures> loaded = figures.load(null, 1);
		if (loaded.isEmpty()) {
			return;
		}
		WallboardFigures f = loaded.get();
		List<MultiGauge.Row<?>> statuses = new ArrayList<>();
		for (Map.Entry<String, Long> e : f.open().byStatus().entrySet()) {
			statuses.add(MultiGauge.Row.of(
					Tags.of("status", e.getKey(), "status_name", TicketLabels.status(Integer.parseInt(e.getKey()))),
					e.getValue()));
		}
		List<MultiGauge.Row<?>> priorities = new ArrayList<>();
		for (Map.Entry<String, Long> e : f.open().byPriority().entrySet()) {
			priorities.add(MultiGauge.Row.of(Tags.of("priority", e.getKey(), "priority_name",
					TicketLabels.priority(Integer.parseInt(e.getKey()))), e.getValue()));
		}
		List<MultiGauge.Row<?>> own = new ArrayList<>();
		List<MultiGauge.Row<?>> recursive = new ArrayList<>();
		for (EntityLine e : f.entities()) {
			Tags tags = Tags.of("entity_id", Long.toString(e.id()), "entity", e.completename());
			own.add(MultiGauge.Row.of(tags, e.open()));
			recursive.add(MultiGauge.Row.of(tags, e.openIncludingChildren()));
		}
		// overwrite: an entity deleted in GLPI disappears from the scrape instead of
		// keeping its last value
		byStatus.register(statuses, true);
		byPriority.register(priorities, true);
		byEntity.register(own, true);
		byEntityRecursive.register(recursive, true);
		current = f;
	}

	private double value(ToDoubleFunction<WallboardFigures> field) {
		WallboardFigures f = current;
		return f == null ? Double.NaN : field.applyAsDouble(f);
	}

}
