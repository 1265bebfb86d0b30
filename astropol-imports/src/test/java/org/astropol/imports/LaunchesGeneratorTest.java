package org.astropol.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three launch attributions and the spacecraft counts on a hand-made GCAT folder whose answers are known. */
class LaunchesGeneratorTest {
    @TempDir Path dir;

    static final String ORGS = """
            #Code\tUCode\tStateCode\tType\tClass\tTStart\tTStop\tShortName\tName\tLocation\tLongitude\tLatitude\tError\tParent
            # Updated 2026 Mar 26
            US\tUS\tUS\tCY\tC\t1776 Jul  4\t-\tUSA\tUSA\t-\t-\t-\t-\t-
            NZ\tNZ\tNZ\tCY\tC\t1907 Sep 26\t-\tNZ\tNew Zealand\t-\t-\t-\t-\t-
            SU\tSU\tSU\tCY\tC\t1922 Dec 30\t1991 Dec 26\tSSSR\tSSSR\t-\t-\t-\t-\t-
            RU\tSU\tRU\tCY\tC\t1991 Dec 26\t-\tRossiya\tRossiya\t-\t-\t-\t-\t-
            GUF\tGUF\tGUF\tCY\tC\t1763\t-\tGuyane\tGuyane\t-\t-\t-\t-\tF
            F\tF\tF\tCY\tC\t1792\t-\tFrance\tFrance\t-\t-\t-\t-\t-
            RLABN\tRLABN\tNZ\tO/LA\tB\t2009\t-\tRocket Lab\tRocket Lab Ltd.\t-\t-\t-\t-\tRLABU
            RLABU\tRLABU\tUS\tLA/E\tB\t2014\t2021\tRocket Lab\tRocket Lab USA\t-\t-\t-\t-\t-
            MO\tMVS\tSU\tO/LA\tD\t1953 Mar\t1991 Dec\tMO SSSR\tMinOboroni\t-\t-\t-\t-\t-
            VKSR\tGUKOS\tRU\tO/LA\tD\t1997 Jul\t2001 Jun  1\tVKS\tVKS\t-\t-\t-\t-\tMO
            AE\tAE\tF\tO/LA\tB\t1980\t-\tArianespace\tArianespace\t-\t-\t-\t-\t-
            """;
    static final String SITES = """
            #Site\tCode\tUCode\tType\tStateCode\tTStart\tTStop
            MAHIA\t-\tMAHIA\tLS\tNZ\t2017 May\t-
            GIK-5\t-\tGIK-5\tLS\tRU\t1989\t*
            CSG\t-\tCSG\tLS\tGUF\t1968\t*
            """;
    static final String LOG = """
            #Launch_Tag\tLaunch_Date\tPiece\tType\tName\tPLName\tJCAT\tSatOwner\tSatState\tLV_Type\tFlight_ID\tPlatform\tLaunch_Site\tLaunch_Pad\tAscent_Site\tAscent_Pad\tAgency\tLVState\tLaunch_Code\tLTCite
            2018-010\t2018 Jan 21 0143\t2018-010A\tP\tDove\t-\tS1\tPLAN\tUS\tElectron\t-\t-\tMAHIA\tLC1\t-\t-\tRLABN\tNZ\tOS\t-
            2018-010\t2018 Jan 21 0143\t2018-010B\tP\tHumanity Star\t-\tS2\tRLABN\tNZ\tElectron\t-\t-\tMAHIA\tLC1\t-\t-\tRLABN\tNZ\tOS\t-
            2017-F02\t2017 May 25\t2017-F02\tP\tTest\t-\tF1\tRLABN\tNZ\tElectron\t-\t-\tMAHIA\tLC1\t-\t-\tRLABN\tNZ\tOF\t-
            1998-001\t1998 Jan  5\t1998-001A\tP\tKosmos\t-\tS3\tMO\tRU\tSoyuz\t-\t-\tGIK-5\tLC1\t-\t-\tVKSR\tRU\tOS\t-
            1990-001\t1990 Jan  5\t1990-001A\tP\tKosmos\t-\tS4\tMO\tSU\tSoyuz\t-\t-\tGIK-5\tLC1\t-\t-\tMO\tSU\tOS\t-
            2020-001\t2020 Jan 16\t2020-001A\tP\tSat\t-\tS5\tINT\tI-INT\tAriane 5\t-\t-\tCSG\tELA3\t-\t-\tAE\tF\tOS\t-
            1969-X01\t1969 Jul 21\t-\tP\tAscent\t-\t-\tNASA\tUS\tLM\t-\t-\tMAHIA\t-\t-\t-\tRLABU\tUS\tXS\t-
            """;

    void write() throws Exception {
        Files.writeString(dir.resolve("orgs.tsv"), ORGS);
        Files.writeString(dir.resolve("sites.tsv"), SITES);
        Files.writeString(dir.resolve("launchlog.tsv"), LOG);
    }

    static final Set<String> KNOWN = Set.of("USA", "NZL", "SUN", "RUS", "FRA");

    @Test
    void eachAttributionCountsTheLaunchForItsState() throws Exception {
        write();
        Path out = dir.resolve("launches.yaml");
        var o = LaunchesGenerator.generate(dir, out, KNOWN);
        String y = Files.readString(out);
        assertThat(o.launches()).isEqualTo(5);   // distinct tags with O/D codes; the X ascent is no orbital launch
        // Electron: USA by the provider's parent (Rocket Lab Ltd. -> Rocket Lab USA), New Zealand by vehicle and by site
        assertThat(y).contains("{subject: USA, property: orbital-launches, value: 1, unit: launches, from: 2018")
                .contains("{subject: USA, property: successful-orbital-launches, value: 1, unit: launches, from: 2018")
                .contains("{subject: USA, property: orbital-launches, value: 1, unit: launches, from: 2017")
                .contains("{subject: USA, property: successful-orbital-launches, value: 0, unit: launches, from: 2017")
                .contains("{subject: NZL, property: orbital-launches-vehicle-state, value: 1, unit: launches, from: 2018")
                .contains("{subject: NZL, property: orbital-launches-site-state, value: 1, unit: launches, from: 2018")
                .doesNotContain("{subject: NZL, property: orbital-launches,");
        // a 1998 unit whose recorded parent is a Soviet ministry stays Russian; Baikonur (coded RU) gives no site state in 1990
        assertThat(y).contains("{subject: RUS, property: orbital-launches, value: 1, unit: launches, from: 1998")
                .contains("{subject: SUN, property: orbital-launches, value: 1, unit: launches, from: 1990")
                .doesNotContain("{subject: RUS, property: orbital-launches-site-state, value: 1, unit: launches, from: 1990");
        assertThat(o.unattributed().get("site-state")).containsEntry("RU (state not existing on the day)", 1);
        // Kourou (French Guiana) counts for France by site
        assertThat(y).contains("{subject: FRA, property: orbital-launches-site-state, value: 1, unit: launches, from: 2020");
        // the last year is partial: it ends on the log's last launch
        assertThat(y).contains("from: 2020, until: 2020-01-16, note: \"partial year");
        // deterministic
        String first = y;
        LaunchesGenerator.generate(dir, out, KNOWN);
        assertThat(Files.readString(out)).isEqualTo(first);
    }

    @Test
    void spacecraftCountPayloadsOfSuccessfulLaunchesByOwnerStateAndUcsOperators() throws Exception {
        write();
        Path ucs = dir.resolve("ucs.csv");
        Files.writeString(ucs, "\uFEFFName of Satellite, Alternate Names;Country of Operator/Owner;NORAD Number\r\n"
                + "A;USA;1\r\nB;USA/New Zealand;2\r\nC;Multinational;3\r\nD;ESA;4\r\n;;\r\n");
        Path out = dir.resolve("spacecraft.yaml");
        var o = SpacecraftGenerator.generate(dir, ucs, out, Set.of("USA", "NZL", "SUN", "RUS", "FRA", "esa"));
        String y = Files.readString(out);
        assertThat(o.payloads()).isEqualTo(5);   // the failed 2017 launch and the lunar ascent carry none into orbit
        assertThat(y).contains("{subject: NZL, property: payloads-launched, value: 1, unit: payloads, from: 2018")
                .contains("{subject: USA, property: payloads-launched, value: 1, unit: payloads, from: 2018")
                .contains("{subject: USA, property: satellites-in-orbit, value: 2, unit: satellites, from: 2023-05-01")
                .contains("{subject: NZL, property: satellites-in-orbit, value: 1,")
                .contains("{subject: esa, property: satellites-in-orbit, value: 1,");
        assertThat(o.unattributedGcat()).containsEntry("I-INT", 1);
        assertThat(o.unattributedUcs()).containsOnlyKeys("Multinational");
        assertThat(o.ucsSatellites()).isEqualTo(4);
    }

    @Test
    void aBadLaunchDateNamesFileAndLine() throws Exception {
        write();
        Files.writeString(dir.resolve("launchlog.tsv"), LOG.replace("1998 Jan  5", "1998 Foo  5"));
        assertThatThrownBy(() -> LaunchesGenerator.generate(dir, dir.resolve("x.yaml"), KNOWN))
                .hasMessageContaining("launchlog.tsv:5").hasMessageContaining("Launch_Date");
    }
}
