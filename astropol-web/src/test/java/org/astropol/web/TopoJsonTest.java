package org.astropol.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The TopoJSON decoder on a hand-written topology, and the projection into SVG paths. */
class TopoJsonTest {
    /*
     * Quantized, delta-encoded arcs with scale (0.5, 0.25) and translate (10, 20):
     * arc 0: (0,0) (2,0) (2,4) -> (10,20) (11,20) (11,21)
     * arc 1: (2,4) (0,4) (0,0) -> (11,21) (10,21) (10,20)
     */
    static final String TOPO = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "id": "001", "properties": {"name": "Square"}, "arcs": [[0, 1]]},
                {"type": "MultiPolygon", "properties": {"name": "Reversed"}, "arcs": [[[-2]], [[0]]]},
                {"type": "LineString", "id": "003", "arcs": [0]},
                {"type": null, "id": "004"}
             ]}},
             "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, 0], [0, -4]]]}
            """;

    static List<TopoJson.Feature> features() throws Exception {
        return TopoJson.decode(new ObjectMapper().readTree(TOPO), "countries");
    }

    static List<String> points(List<double[]> ring) {
        return ring.stream().map(p -> p[0] + " " + p[1]).toList();
    }

    @Test
    void decodesDeltaEncodedQuantizedArcsIntoRings() throws Exception {
        var f = features();
        assertThat(f).extracting(TopoJson.Feature::id).containsExactly("001", null);
        assertThat(f.get(0).name()).isEqualTo("Square");
        assertThat(f.get(0).polygons()).hasSize(1);
        assertThat(points(f.get(0).polygons().get(0).get(0)))
                .as("arcs joined, the shared point once").containsExactly("10.0 20.0", "11.0 20.0", "11.0 21.0", "10.0 21.0", "10.0 20.0");
        var multi = f.get(1).polygons();
        assertThat(multi).hasSize(2);
        assertThat(points(multi.get(0).get(0))).as("~1 is arc 1 reversed").containsExactly("10.0 20.0", "10.0 21.0", "11.0 21.0");
        assertThat(points(multi.get(1).get(0))).containsExactly("10.0 20.0", "11.0 20.0", "11.0 21.0");
    }

    @Test
    void rejectsWhatIsNotATopology() {
        assertThatThrownBy(() -> TopoJson.decode(new ObjectMapper().readTree("{\"type\":\"FeatureCollection\"}"), "countries"))
                .hasMessageContaining("not a TopoJSON Topology");
        assertThatThrownBy(() -> TopoJson.decode(new ObjectMapper().readTree(TOPO), "land")).hasMessageContaining("no object land");
        assertThatThrownBy(() -> TopoJson.decode(new ObjectMapper().readTree(TOPO.replace("[[0, 1]]", "[[0, 7]]")), "countries"))
                .hasMessageContaining("arc 7 out of range");
    }

    @Test
    void projectsWithNaturalEarthIntoSvgPaths() {
        assertThat(WorldMap.project(0, 0)).containsExactly(0, 0);
        assertThat(WorldMap.project(180, 0)[0]).isCloseTo(0.8707 * Math.PI, within(1e-9));
        assertThat(WorldMap.project(0, 90)[1]).isCloseTo(1.4224, within(1e-4));
        List<double[]> ring = List.of(new double[]{0, 0}, new double[]{180, 0}, new double[]{180, 0}, new double[]{0, 90}, new double[]{0, 0});
        var f = new TopoJson.Feature("x", "x", List.of(List.of(ring)));
        assertThat(WorldMap.path(f, 100, 500, 200)).as("y points down, repeated points dropped, rounded to 0.1")
                .isEqualTo("M500,200L773.5,200L500,57.8L500,200Z");
    }

    @Test
    void aWorldMapOfTheTinyTopologyFitsTheFrame() throws Exception {
        WorldMap w = WorldMap.of(features());
        assertThat(w.height()).isEqualTo(Math.ceil(WorldMap.WIDTH * 1.4224 / (0.8707 * Math.PI)), within(1.0));
        assertThat(w.shapes()).extracting(WorldMap.Shape::id).containsExactly("001", null);
        assertThat(w.shapes().get(0).path()).startsWith("M").endsWith("Z").doesNotContain("NaN");
        assertThat(w.sphere()).startsWith("M").contains("L0,").endsWith("Z");
    }
}
