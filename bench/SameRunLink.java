import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;

/**
 * Same-run comparison of two versions of the linking + extraction code: each version's ingest classes (a folder,
 * e.g. a copy of astropol-ingest/target/classes of the old commit) ahead of the application jar in its own class
 * loader, passes of Extractor.extract alternated in one JVM so both see the same load. The two versions' results
 * (every mention, date, quantity and statement) must be equal, else it stops with exit status 1; each pass is also
 * timed in thread CPU time, which other processes on a loaded machine disturb less than wall time. Usage:
 * java -XX:ActiveProcessorCount=1 bench/SameRunLink.java JAR BEFORE_CLASSES AFTER_CLASSES DATA_DIR TEXT_DIR MB ROUNDS
 */
public class SameRunLink {
    public static void main(String[] a) throws Exception {
        String jar = a[0], before = a[1], after = a[2], data = a[3], corpus = a[4];
        int mb = Integer.parseInt(a[5]), rounds = Integer.parseInt(a[6]);
        StringBuilder c = new StringBuilder();
        try (Stream<Path> s = Files.walk(Path.of(corpus))) { for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) c.append(Files.readString(p)).append("\n\n"); }
        StringBuilder big = new StringBuilder();
        while (big.length() < mb * 1_000_000L) big.append(c);
        String text = big.toString();
        double m = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        Object[] x = new Object[2];
        java.lang.reflect.Method[] ex = new java.lang.reflect.Method[2];
        String[] dirs = {before, after};
        for (int v = 0; v < 2; v++) {
            ClassLoader l = new URLClassLoader(new URL[]{Path.of(dirs[v]).toUri().toURL(), Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Object res = l.loadClass("org.astropol.curation.CuratedDataReader").getMethod("read", Path.class).invoke(null, Path.of(data));
            Object kb = res.getClass().getMethod("knowledgeBase").invoke(res);
            Class<?> kbc = l.loadClass("org.astropol.model.KnowledgeBase");
            Object g = l.loadClass("org.astropol.ingest.Gazetteer").getMethod("of", kbc).invoke(null, kb);
            Class<?> xc = l.loadClass("org.astropol.ingest.Extractor");
            x[v] = xc.getConstructor(l.loadClass("org.astropol.ingest.Gazetteer")).newInstance(g);
            ex[v] = xc.getMethod("extract", String.class);
        }
        // warm-up, and the check that both versions give the same results (records: equal texts, equal results)
        String[] out = new String[2];
        for (int w = 0; w < 2; w++) for (int v = 0; v < 2; v++) out[v] = ex[v].invoke(x[v], text).toString();
        if (!out[0].equals(out[1])) {
            int d = 0;
            while (d < Math.min(out[0].length(), out[1].length()) && out[0].charAt(d) == out[1].charAt(d)) d++;
            System.out.println("results differ at character " + d + " of the result text:\nbefore: "
                    + out[0].substring(Math.max(0, d - 200), Math.min(out[0].length(), d + 200)) + "\nafter:  "
                    + out[1].substring(Math.max(0, d - 200), Math.min(out[1].length(), d + 200)));
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "results equal (%d characters of result text)%n", out[0].length());
        out = null;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<List<Double>> r = List.of(new ArrayList<>(), new ArrayList<>()), cpu = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < rounds; i++) for (int v = 0; v < 2; v++) {
            long c0 = threads.getCurrentThreadCpuTime(), t = System.nanoTime();
            ex[v].invoke(x[v], text);
            r.get(v).add(m / ((System.nanoTime() - t) / 1e9));
            cpu.get(v).add(m / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
        }
        for (int v = 0; v < 2; v++) {
            List<Double> s = new ArrayList<>(r.get(v)); Collections.sort(s);
            System.out.printf(Locale.ROOT, "%s: median %.1f MB/s over %d passes of %.1f MB (%s)%n", v == 0 ? "before" : "after", s.get(s.size() / 2), s.size(), m,
                    r.get(v).stream().map(d -> String.format(Locale.ROOT, "%.1f", d)).toList());
        }
        for (int v = 0; v < 2; v++) {
            List<Double> s = new ArrayList<>(cpu.get(v)); Collections.sort(s);
            System.out.printf(Locale.ROOT, "%s: median %.1f MB per CPU second%n", v == 0 ? "before" : "after", s.get(s.size() / 2));
        }
        List<Double> ratios = new ArrayList<>(), cpuRatios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) { ratios.add(r.get(1).get(i) / r.get(0).get(i)); cpuRatios.add(cpu.get(1).get(i) / cpu.get(0).get(i)); }
        Collections.sort(ratios); Collections.sort(cpuRatios);
        System.out.printf(Locale.ROOT, "after/before, median of the per-round ratios: %.2f wall, %.2f CPU time%n", ratios.get(ratios.size() / 2), cpuRatios.get(cpuRatios.size() / 2));
    }
}
