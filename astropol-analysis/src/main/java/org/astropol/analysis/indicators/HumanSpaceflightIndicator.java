package org.astropol.analysis.indicators;

import java.util.List;

/** Own human spaceflight: a crewed orbital flight on the state's own spacecraft and launcher, and a crewed station (0-2). */
public final class HumanSpaceflightIndicator extends CapabilityIndicator {
    static final List<String> CAPABILITIES = List.of("human-spaceflight", "space-station");
    @Override public String id() { return "human-spaceflight"; }
    @Override public String definition() { return "own crewed orbital flight and own crewed space station achieved (0-2)"; }
    @Override List<String> capabilities(IndicatorContext ctx) { return CAPABILITIES; }
}
