package org.astropol.analysis.indicators;

import java.util.List;

/** Deep-space capability: how many of {@code deepSpaceCapabilities} (lunar and Mars orbit, landing, sample return ...) were achieved. */
public final class DeepSpaceIndicator extends CapabilityIndicator {
    @Override public String id() { return "deep-space"; }
    @Override public String definition() { return "number of deepSpaceCapabilities achieved (lunar and Mars orbit and landing, sample returns)"; }
    @Override List<String> capabilities(IndicatorContext ctx) { return ctx.deepSpaceCapabilities(); }
}
