package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.testing.GlpiUnderTest;
import io.glpiwallboard.testing.HostileGlpi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entity or group tree with loops (trial's entity-cycle, group-cycle): the loops are
 * broken the same way every time, a warning names them, and the entity figures add up to
 * the total.
 */
@ExtendWith(OutputCaptureExtension.class)
class TreeLoopSyncTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(300).withSeed(5L));

	static final HostileGlpi glpi = HostileGlpi.inFrontOf(simulator);

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	FiguresRepository figures;

	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator, glpi::baseUrl);
	}

	@AfterEach
	void truth() {
		glpi.tellTheTruth();
	}

	@Test
	void anEntityTreeWithLoopsIsRepairedAndTheEntityFiguresAddUpToTheTotal(CapturedOutput output) {
		// given: the root entity's parent is one of its descendants, and another entity
		// is its own parent
		List<Long> ids = simulator.data().entities().stream().map(e -> e.id()).sorted().toList();
		long descendant = ids.get(2);
		long selfParent = ids.get(3);
		glpi.rewrite("/Administration/Entity",
				body -> withParents(body, Map.of(0L, descendant, selfParent, selfParent)));

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(output.getOut()).contains("GLPI's entity tree has loops (#0 > ")
			.contains("#" + selfParent + " > #" + selfParent)
			.contains("#0 is taken as a root")
			.contains("#" + selfParent + " is placed under #0");
		assertThat(parentsLoop("glpi_entity")).isEmpty();
		EntityTree tree = figures.entityTree();
		Map<Long, Long> open = openByEntity();
		long total = open.values().stream().mapToLong(Long::longValue).sum();
		long rootsIncludingChildren = tree.all()
			.stream()
			.filter(n -> n.parentId() == null || n.parentId() == n.id() || tree.get(n.parentId()).isEmpty())
			.mapToLong(root -> tree.subtree(root.id()).stream().mapToLong(id -> open.getOrDefault(id, 0L)).sum())
			.sum();
		assertThat(rootsIncludingChildren).isEqualTo(total);
		assertThat(tree.subtree(0).stream().mapToLong(id -> open.getOrDefault(id, 0L)).sum())
			.as("the root entity's board shows every ticket")
			.isEqualTo(total);
		assertThat(total).isEqualTo(MirrorAssertions.open(simulator.data().tickets()));
	}

	@Test
	void aGroupTreeWithLoopsIsRepaired(CapturedOutput output) {
		// given: two groups are each other's parent, a third is its own
		List<Long> ids = simulator.data().groups().stream().map(g -> g.id()).sorted().toList();
		long first = ids.get(0);
		long second = ids.get(1);
		long self = ids.get(2);
		glpi.rewrite("/Administration/Group",
				body -> withParents(body, Map.of(first, second, second, first, self, self)));

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(output.getOut()).contains("GLPI's group tree has loops")
			.contains("#" + first + " is taken as a root")
			.contains("#" + self + " is taken as a root");
		assertThat(parentsLoop("glpi_group")).isEmpty();
	}

	private static String withParents(String body, Map<Long, Long> parents) {
		ArrayNode rows = (ArrayNode) json.readTree(body);
		for (int i = 0; i < rows.size(); i++) {
			ObjectNode row = (ObjectNode) rows.get(i);
			Long parent = parents.get(row.get("id").asLong());
			if (parent != null) {
				row.putObject("parent").put("id", parent).put("name", "looping");
			}
		}
		return json.writeValueAsString(rows);
	}

	/** The ids from which following the parents in {@code table} never ends. */
	private List<Long> parentsLoop(String table) {
		Map<Long, Long> parent = new HashMap<>();
		jdbc.query("SELECT id, parent_id FROM " + table, rs -> {
			parent.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2));
		});
		List<Long> looping = new ArrayList<>();
		for (long id : parent.keySet()) {
			Set<Long> seen = new HashSet<>();
			Long current = id;
			while (current != null && parent.containsKey(current) && seen.add(current)) {
				current = parent.get(current);
			}
			if (current != null && parent.containsKey(current)) {
				looping.add(id);
			}
		}
		return looping;
	}

	private Map<Long, Long> openByEntity() {
		Map<Long, Long> open = new HashMap<>();
		jdbc.query("SELECT entity_id, SUM(open_count) FROM snapshot_open WHERE snapshot_date ="
				+ " (SELECT MAX(snapshot_date) FROM snapshot_day WHERE reconstructed = FALSE) GROUP BY entity_id",
				rs -> {
					open.put(rs.getLong(1), rs.getLong(2));
				});
		return open;
	}

}
