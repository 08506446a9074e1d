/**
 * Monitoring through Spring Boot Actuator: {@code /actuator/health} (GLPI reachable, age
 * of the last successful sync, disk space) for load balancers and monitoring, and
 * {@code /actuator/prometheus} with the published snapshot's figures and the sync's
 * outcome as gauges. Access (the board's token) is checked in
 * {@code wallboard.web.ActuatorAccessFilter}.
 */
package io.glpiwallboard.monitoring;
