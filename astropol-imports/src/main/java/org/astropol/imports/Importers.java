package org.astropol.imports;

import java.util.List;
import java.util.Optional;

/** The registry of import kinds. */
public final class Importers {
    private Importers() {}

    public static List<Importer> all() {
        return List.of(new GcatLaunchLogImporter(), new GcatOrgsImporter(), new GcatSatcatImporter(), new UnvotesImporter(),
                new UcsImporter(), new CelestrakSatcatImporter(), new UngaVotesImporter(), new GcatPsatcatImporter(), new GcatSitesImporter());
    }

    public static Optional<Importer> byKind(String kind) {
        return all().stream().filter(i -> i.kind().equalsIgnoreCase(kind)).findFirst();
    }
}
