import org.astropol.analysis.WeightedGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times astropol's graph algorithms on an edge list (tab-separated: source, target, weight; one undirected edge per
 * line). Prints one line per algorithm: "name seconds". Run by bench/run.sh; the same graph goes to networkx.
 * Usage: java -cp astropol-analysis/target/classes bench/GraphBench.java EDGES.tsv SAMPLE_SOURCES
 */
public class GraphBench {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int sample = Integer.parseInt(args[1]);
        Map<String, Integer> ids = new HashMap<>();
        int m = lines.size();
        int[] f = new int[m], t = new int[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            String[] p = lines.get(i).split("\t");
            f[i] = ids.computeIfAbsent(p[0], k -> ids.size());
            t[i] = ids.computeIfAbsent(p[1], k -> ids.size());
            w[i] = Double.parseDouble(p[2]);
        }
        WeightedGraph g = WeightedGraph.of(ids.size(), f, t, w);
        System.out.println("nodes " + g.size() + " edges " + m);
        time("degree", () -> { g.degree(); g.strength(); });
        time("pagerank", () -> g.pagerank(0.85));
        time("eigenvector", g::eigenvector);
        int[][] comm = new int[1][];
        time("louvain", () -> comm[0] = g.louvain());
        System.out.println("communities " + (java.util.Arrays.stream(comm[0]).max().orElse(-1) + 1) + " modularity " + g.modularity(comm[0]));
        if (sample <= 0 || sample >= g.size()) time("betweenness", g::betweenness);
        else {
            int[] sources = new int[sample];
            java.util.Random r = new java.util.Random(1);
            for (int i = 0; i < sample; i++) sources[i] = r.nextInt(g.size());
            time("betweenness", () -> g.betweenness(sources));
        }
    }

    /**
     * One untimed warm-up call (lets the JIT compile the code, as a long-running server would have), then the best of
     * up to 5 timed calls, stopping once 2 s have been spent (the machine is shared; the minimum is the least noisy).
     */
    static void time(String name, Runnable r) {
        r.run();
        double best = Double.MAX_VALUE, spent = 0;
        for (int i = 0; i < 5 && spent < 2; i++) {
            long t0 = System.nanoTime();
            r.run();
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, s);
            spent += s;
        }
        System.out.printf(java.util.Locale.ROOT, "%s %.4f%n", name, best);
    }
}
