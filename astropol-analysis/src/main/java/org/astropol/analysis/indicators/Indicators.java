package org.astropol.analysis.indicators;

import java.util.List;

/** The indicators of the space-power index, in the order of the answer. Adding one means adding a class here. */
public final class Indicators {
    private Indicators() {}

    public static final List<IndexIndicator> ALL = List.of(new FirstsIndicator(), new LaunchesIndicator(), new SpacecraftIndicator(),
            new BudgetIndicator(), new HumanSpaceflightIndicator(), new DeepSpaceIndicator(), new NavigationIndicator(), new CounterspaceIndicator());

    public static List<String> ids() { return ALL.stream().map(IndexIndicator::id).toList(); }
}
