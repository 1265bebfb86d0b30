package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A small TopoJSON decoder: one named object of a topology into features whose rings are longitude/latitude points.
 *
 * <p>Hand-written on purpose: the format is small (shared arcs, delta-encoded when quantized, a scale/translate
 * transform, Polygon and MultiPolygon geometries referring to arcs by index, {@code ~i} for arc i reversed), and no
 * maintained Java TopoJSON library is published on Maven Central. Only what the world map needs is decoded:
 * Polygon and MultiPolygon; other geometry types (and null geometries) are skipped.
 */
final class TopoJson {
    private TopoJson() {}

    /** A ring is a closed list of [longitude, latitude] points; a polygon is its outer ring followed by holes. */
    record Feature(String id, String name, List<List<List<double[]>>> polygons) {}

    /** The features of {@code objects.<object>} (a GeometryCollection or a single geometry). */
    static List<Feature> decode(JsonNode topology, String object) {
        if (!"Topology".equals(topology.path("type").asText())) throw new IllegalArgumentException("not a TopoJSON Topology");
        JsonNode obj = topology.path("objects").path(object);
        if (obj.isMissingNode()) throw new IllegalArgumentException("TopoJSON has no object " + object);
        List<List<double[]>> arcs = arcs(topology);
        List<Feature> out = new ArrayList<>();
        List<JsonNode> geometries = new ArrayList<>();
        if ("GeometryCollection".equals(obj.path("type").asText())) obj.path("geometries").forEach(geometries::add);
        else geometries.add(obj);
        for (JsonNode g : geometries) {
            String type = g.path("type").asText();
            List<List<List<double[]>>> polygons = new ArrayList<>();
            if ("Polygon".equals(type)) polygons.add(polygon(g.path("arcs"), arcs));
            else if ("MultiPolygon".equals(type)) for (JsonNode p : g.path("arcs")) polygons.add(polygon(p, arcs));
            else continue;
            String id = g.hasNonNull("id") ? g.get("id").asText() : null;
            String name = g.path("properties").path("name").asText(null);
            out.add(new Feature(id, name, List.copyOf(polygons)));
        }
        return List.copyOf(out);
    }

    /** Every arc as absolute coordinates: with a transform, positions are quantized and delta-encoded. */
    private static List<List<double[]>> arcs(JsonNode topology) {
        JsonNode t = topology.path("transform");
        boolean quantized = !t.isMissingNode();
        double sx = quantized ? t.path("scale").path(0).asDouble() : 1, sy = quantized ? t.path("scale").path(1).asDouble() : 1;
        double tx = quantized ? t.path("translate").path(0).asDouble() : 0, ty = quantized ? t.path("translate").path(1).asDouble() : 0;
        List<List<double[]>> out = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            List<double[]> pts = new ArrayList<>(arc.size());
            long x = 0, y = 0;
            for (JsonNode p : arc) {
                if (quantized) {
                    x += p.path(0).asLong();
                    y += p.path(1).asLong();
                    pts.add(new double[]{x * sx + tx, y * sy + ty});
                } else {
                    pts.add(new double[]{p.path(0).asDouble(), p.path(1).asDouble()});
                }
            }
            out.add(pts);
        }
        return out;
    }

    private static List<List<double[]>> polygon(JsonNode rings, List<List<double[]>> arcs) {
        List<List<double[]>> out = new ArrayList<>();
        for (JsonNode ring : rings) out.add(ring(ring, arcs));
        return out;
    }

    /** Arcs joined end to start; each arc after the first starts where the previous ended, so its first point is dropped. */
    private static List<double[]> ring(JsonNode indexes, List<List<double[]>> arcs) {
        List<double[]> out = new ArrayList<>();
        for (JsonNode i : indexes) {
            int k = i.asInt();
            int index = k < 0 ? ~k : k;
            if (index >= arcs.size()) throw new IllegalArgumentException("TopoJSON arc " + index + " out of range (" + arcs.size() + " arcs)");
            List<double[]> arc = arcs.get(index);
            int n = arc.size();
            for (int j = 0; j < n; j++) {
                if (j == 0 && !out.isEmpty()) continue;
                out.add(arc.get(k < 0 ? n - 1 - j : j));
            }
        }
        return out;
    }
}
