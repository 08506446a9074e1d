/**
 * A faithful, embeddable stand-in for GLPI 11's High-Level REST API v2, used by the
 * {@code demo} command, the tests and the benchmark. It depends on no other package of
 * the product on purpose: it is the independent "truth".
 * <p>
 * Entry points: {@link io.glpiwallboard.simulator.GlpiSimulator#start} (in-process) and
 * {@link io.glpiwallboard.simulator.SimulatorMain} (own JVM). The behaviour follows the
 * shared fact sheet on GLPI's API, quirks included: 400 (not 401) for bad tokens,
 * {@code Content-Range} arithmetic ({@code 0--1/0}, {@code 500-41/42}), {@code limit=0}
 * meaning "all rows", an undefined row order without {@code sort}, RSQL with SQL NULL
 * semantics and wall-clock date literals, entity headers that are ignored when invalid,
 * trashed tickets in results, and OAuth errors in league/oauth2-server's words. Sample
 * tickets have teams (technicians, a group tree, suppliers, observers) and SLA/OLA
 * deadlines ({@link io.glpiwallboard.simulator.SampleTeams}); groups are listed at
 * {@code /Administration/Group}; {@link io.glpiwallboard.simulator.AccountRights} takes
 * the READ right on Entity or Group away (403) to show how a client copes.
 * <p>
 * Not GLPI: {@code /sim/admin/touch}, {@code /sim/admin/reset-counters} and
 * {@code /sim/admin/stats}.
 */
package io.glpiwallboard.simulator;
