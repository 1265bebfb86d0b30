package org.astropol.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WorldMapTest {

    /** The x coordinates of an SVG path made of M/L commands. */
    static List<Double> xs(String path) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("[ML](-?[0-9.]+),(-?[0-9.]+)").matcher(path);
        while (m.find()) out.add(Double.parseDouble(m.group(1)));
        return out;
    }

    @Test
    void aRingCrossingTheAntimeridianIsNotDrawnAcrossTheMap() {
        // a small polygon around the antimeridian, as Natural Earth stores eastern Russia: 179 -> -179 -> 179
        List<double[]> ring = List.of(new double[]{178, 65}, new double[]{-178, 65}, new double[]{-178, 68}, new double[]{178, 68}, new double[]{178, 65});
        var feature = new TopoJson.Feature("643", "Russia", List.of(List.of(ring)));
        WorldMap map = WorldMap.of(List.of(feature));
        List<Double> x = xs(map.shapes().get(0).path());
        for (int i = 1; i < x.size(); i++) {
            assertThat(Math.abs(x.get(i) - x.get(i - 1))).as("step %d of %s", i, x).isLessThan(WorldMap.WIDTH / 4);
        }
        // the frame's own outline still spans the whole width
        List<Double> edge = xs(map.sphere());
        assertThat(edge.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - edge.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isGreaterThan(WorldMap.WIDTH * 0.95);
    }
}
