package org.astropol.web;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Country outlines as SVG paths, projected once. The shapes are Natural Earth 1:110m (public domain) from the npm
 * package world-atlas (ISC), fetched and checked at build time (astropol-web/pom.xml) into
 * {@value #RESOURCE}; when the build could not fetch them, {@link #load()} says why and the map page falls back to
 * the region tile grid.
 */
final class WorldMap {
    static final String RESOURCE = "/org/astropol/web/map/countries-110m.json";
    static final double WIDTH = 960;

    /** One country: its ISO 3166-1 numeric id (null for a few disputed areas), Natural Earth name and SVG path. */
    record Shape(String id, String name, String path) {}

    /** Either the shapes or the reason there are none. */
    record Loaded(WorldMap map, String unavailable) {}

    private final List<Shape> shapes;
    private final double height;
    private final String sphere;

    private WorldMap(List<Shape> shapes, double height, String sphere) {
        this.shapes = shapes;
        this.height = height;
        this.sphere = sphere;
    }

    /** The outline of the whole globe (the map's background). */
    String sphere() { return sphere; }

    List<Shape> shapes() { return shapes; }

    double height() { return height; }

    static Loaded load() {
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new Loaded(null, "the country shapes (world-atlas from the npm registry) were not fetched when this build was made");
            return new Loaded(of(TopoJson.decode(new ObjectMapper().readTree(in), "countries")), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "the country shapes could not be read: " + e.getMessage());
        }
    }

    /** Projects the features with the Natural Earth projection onto a {@value #WIDTH}-pixel-wide frame. */
    static WorldMap of(List<TopoJson.Feature> features) {
        double xMax = project(180, 0)[0], yMax = project(0, 90)[1];
        double k = WIDTH / 2 / xMax;
        double height = Math.ceil(2 * yMax * k);
        List<Shape> out = new ArrayList<>();
        for (TopoJson.Feature f : features) out.add(new Shape(f.id(), f.name(), path(f, k, WIDTH / 2, height / 2, true)));
        List<double[]> edge = new ArrayList<>();
        for (int lat = -90; lat <= 90; lat++) edge.add(new double[]{-180, lat});
        for (int lat = 90; lat >= -90; lat--) edge.add(new double[]{180, lat});
        String sphere = path(new TopoJson.Feature(null, null, List.of(List.of(edge))), k, WIDTH / 2, height / 2, false);
        return new WorldMap(List.copyOf(out), height, sphere);
    }

    /** SVG path data: one "M ... Z" per ring, in pixels rounded to 0.1, y pointing down. */
    static String path(TopoJson.Feature f, double k, double cx, double cy) {
        return path(f, k, cx, cy, true);
    }

    /** @param unwrap keep each step of a ring under 180 degrees of longitude (countries; not the frame's own outline) */
    static String path(TopoJson.Feature f, double k, double cx, double cy, boolean unwrap) {
        StringBuilder b = new StringBuilder();
        for (var polygon : f.polygons()) {
            for (var ring : polygon) {
                String last = null;
                int n = 0;
                // Rings that cross the antimeridian jump from +180 to -180; keeping each step under 180 degrees
                // draws them past the frame's edge (clipped by the sphere) instead of as a band across the map.
                double offset = 0, prev = Double.NaN;
                for (double[] p : ring) {
                    double lon = p[0] + offset;
                    if (unwrap && !Double.isNaN(prev) && lon - prev > 180) { offset -= 360; lon -= 360; }
                    else if (unwrap && !Double.isNaN(prev) && lon - prev < -180) { offset += 360; lon += 360; }
                    prev = lon;
                    double[] xy = project(lon, p[1]);
                    String pt = fmt(cx + xy[0] * k) + "," + fmt(cy - xy[1] * k);
                    if (pt.equals(last)) continue;
                    b.append(n++ == 0 ? "M" : "L").append(pt);
                    last = pt;
                }
                if (n > 0) b.append('Z');
            }
        }
        return b.toString();
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * The Natural Earth projection (Šavrič, Jenny, Patterson and Hurni 2011), polynomial in latitude; input degrees,
     * output in units of the earth's radius.
     */
    static double[] project(double lonDeg, double latDeg) {
        double l = Math.toRadians(lonDeg), p = Math.toRadians(latDeg);
        double p2 = p * p, p4 = p2 * p2;
        double x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
        double y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
        return new double[]{x, y};
    }
}
