package org.astropol.analysis.indicators;

import java.util.Set;

/**
 * Spacecraft owned: payloads of the state's owners put in orbit over the window (GCAT SatState, payloads-launched), a
 * proxy of the fleet it operates (most satellites work for less than the window's ten years).
 */
public final class SpacecraftIndicator implements IndexIndicator {
    @Override public String id() { return "spacecraft"; }

    @Override public String definition() { return "payloads owned by the state put in orbit over launchWindowYears (payloads-launched, GCAT SatState)"; }

    @Override public Measure measure(IndicatorContext ctx, String state, Set<String> lineage) {
        return WindowSum.of(ctx, "payloads-launched", state, "payloads put in orbit");
    }
}
