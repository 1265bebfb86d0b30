import org.astropol.curation.CuratedDataReader;
import org.astropol.ingest.Extractor;
import org.astropol.ingest.Gazetteer;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the time of LinkBench's passes goes: the same scenario (one warm-up on the corpus, then passes of
 * Extractor.extract over the corpus repeated to MB), and per pass the CPU time of each kind of JVM thread read from
 * /proc (main = the passes, C1/C2 = the JIT compilers, VM = the serial collector). Pinned to one core, as LinkBench
 * is, the compilers and the collector share that core, so their time is part of LinkBench's wall time. Linux only.
 * Usage: taskset -c 1 java -XX:ActiveProcessorCount=1 -cp [CLASSES:]JAR bench/LinkPasses.java DATA_DIR TEXT_DIR [MB] [PASSES]
 * (CLASSES: e.g. a copy of another commit's astropol-ingest/target/classes, to compare two versions run by run)
 */
public class LinkPasses {
    static Map<String, Long> ticksByKind() throws Exception {
        Map<String, Long> m = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : ds) {
                try {
                    String comm = Files.readString(t.resolve("comm")).strip(), stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String kind = comm.startsWith("C2") ? "C2" : comm.startsWith("C1") ? "C1" : comm.equals("VM Thread") ? "VM" : "main+other";
                    m.merge(kind, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) { /* a thread that ended meanwhile */ }
            }
        }
        return m;
    }

    public static void main(String[] a) throws Exception {
        var kb = CuratedDataReader.read(Path.of(a[0])).knowledgeBase();
        int mb = a.length > 2 ? Integer.parseInt(a[2]) : 20, passes = a.length > 3 ? Integer.parseInt(a[3]) : 3;
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> s = Files.walk(Path.of(a[1]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) corpus.append(Files.readString(p)).append("\n\n");
        }
        StringBuilder big = new StringBuilder();
        while (big.length() < mb * 1_000_000L) big.append(corpus);
        String text = big.toString();
        double textMb = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
        Extractor x = new Extractor(Gazetteer.of(kb));
        x.extract(corpus.toString());   // LinkBench's warm-up
        double tick = 100.0;            // USER_HZ
        for (int i = 1; i <= passes; i++) {
            var before = ticksByKind();
            long w = System.nanoTime();
            x.extract(text);
            double wall = (System.nanoTime() - w) / 1e9;
            var after = ticksByKind();
            StringBuilder o = new StringBuilder(String.format("pass %d: %.1f MB/s wall %.2f s; CPU s:", i, textMb / wall, wall));
            long total = 0;
            for (var e : after.entrySet()) {
                long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                total += d;
                o.append(String.format(" %s %.2f", e.getKey(), d / tick));
            }
            System.out.println(o.append(String.format(", all threads %.2f", total / tick)));
        }
    }
}
