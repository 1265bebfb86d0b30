package org.astropol.analysis.indicators;

import java.util.Set;

/**
 * Orbital launch attempts over the window, attributed as configured (launchAttribution): by default to the state of
 * the launch provider's ultimate parent organisation (GCAT orgs), so Rocket Lab's Electron counts for the USA.
 */
public final class LaunchesIndicator implements IndexIndicator {
    @Override public String id() { return "launches"; }

    @Override public String definition() { return "orbital launch attempts over launchWindowYears, by launchAttribution (default: the provider's ultimate parent state)"; }

    @Override public Measure measure(IndicatorContext ctx, String state, Set<String> lineage) {
        return WindowSum.of(ctx, ctx.launchProperty(), state, "orbital launch attempts");
    }
}
