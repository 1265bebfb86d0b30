package org.astropol.analysis.indicators;

import java.util.List;

/** Counterspace: a destructive anti-satellite test that destroyed a satellite in orbit (0 or 1). */
public final class CounterspaceIndicator extends CapabilityIndicator {
    @Override public String id() { return "counterspace"; }
    @Override public String definition() { return "1 when the state (or a predecessor) conducted a destructive ASAT test (asat-test)"; }
    @Override List<String> capabilities(IndicatorContext ctx) { return List.of("asat-test"); }
}
