package org.astropol.app;

import org.astropol.curation.CuratedDataReader;
import org.astropol.imports.LaunchesGenerator;
import org.astropol.imports.SpacecraftGenerator;
import org.astropol.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The generated datasets of data/datasets are what their generators make of the GCAT and UCS files in ../shared
 * (skipped without them): nobody edited launches.yaml or spacecraft.yaml by hand, and the attribution rules hold on
 * the real data (Rocket Lab's Electron counts for the USA by default, for New Zealand only by vehicle or site state).
 */
class GeneratedDatasetsTest {
    static final Path ROOT = Path.of(System.getProperty("astropol.root"));
    static final Path GCAT = ROOT.resolve("../shared/data/gcat");
    static final Path UCS = ROOT.resolve("../shared/data/ucs/UCS-Satellite-Database_2023-05-01.csv");
    static Set<String> subjects;

    @TempDir static Path tmp;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.isRegularFile(GCAT.resolve("launchlog.tsv")) && Files.isRegularFile(GCAT.resolve("orgs.tsv"))
                && Files.isRegularFile(GCAT.resolve("sites.tsv")) && Files.isRegularFile(UCS), "../shared/data/gcat or ucs not present: skipped");
        subjects = new TreeSet<>();
        for (var e : CuratedDataReader.read(ROOT.resolve("data")).knowledgeBase().entities()) {
            if (e.type() == EntityType.STATE || e.id().equals("esa")) subjects.add(e.id());
        }
    }

    @Test
    void launchesYamlIsTheGeneratorsOutput() throws Exception {
        Path out = tmp.resolve("launches.yaml");
        var o = LaunchesGenerator.generate(GCAT, out, subjects);
        assertThat(Files.readString(out)).isEqualTo(Files.readString(ROOT.resolve("data/datasets/launches.yaml")));
        String text = Files.readString(out);
        // Electron from Mahia: New Zealand by vehicle and site state, never by the provider's parent
        assertThat(text).contains("{subject: NZL, property: orbital-launches-vehicle-state, value: 7, unit: launches, from: 2023")
                .doesNotContain("{subject: NZL, property: orbital-launches,");
        assertThat(o.unattributed().get("provider-parent")).containsOnlyKeys("CYM", "I-ELDO");
    }

    @Test
    void spacecraftYamlIsTheGeneratorsOutput() throws Exception {
        Path out = tmp.resolve("spacecraft.yaml");
        var o = SpacecraftGenerator.generate(GCAT, UCS, out, subjects);
        assertThat(Files.readString(out)).isEqualTo(Files.readString(ROOT.resolve("data/datasets/spacecraft.yaml")));
        assertThat(o.ucsSatellites()).isEqualTo(7560);
        assertThat(o.unattributedUcs()).containsOnlyKeys("Multinational");
    }
}
