package org.astropol.analysis.indicators;

import java.util.List;

/** Own access to space: how many of {@code firstCapabilities} (by default own satellite, own launcher) the state achieved. */
public final class FirstsIndicator extends CapabilityIndicator {
    @Override public String id() { return "firsts"; }
    @Override public String definition() { return "number of firstCapabilities achieved by the day (events of `firsts`; predecessors' when inheritPredecessors)"; }
    @Override List<String> capabilities(IndicatorContext ctx) { return ctx.firstCapabilities(); }
}
