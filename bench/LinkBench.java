import org.astropol.curation.CuratedDataReader;
import org.astropol.ingest.Extractor;
import org.astropol.ingest.Gazetteer;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Linking + extraction throughput on one core, against a baseline of one regular expression per name.
 * Usage: java -cp astropol-app/target/astropol.jar bench/LinkBench.java DATA_DIR TEXT_DIR [MB]
 */
public class LinkBench {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]), texts = Path.of(args[1]);
        int mb = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var r = CuratedDataReader.read(data);
        if (!r.ok()) { System.err.println("data does not pass check: " + r.problems().get(0)); System.exit(1); }
        KnowledgeBase kb = r.knowledgeBase();
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> s = Files.walk(texts)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) corpus.append(Files.readString(p)).append("\n\n");
        }
        StringBuilder big = new StringBuilder();
        while (big.length() * 1L < mb * 1_000_000L) big.append(corpus);
        String text = big.toString();
        double textMb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;

        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.of(kb);
        Extractor x = new Extractor(g);
        long t1 = System.nanoTime();
        System.out.printf("gazetteer: %d names of %d entities, built in %.0f ms%n", g.size(), kb.entities().size(), (t1 - t0) / 1e6);
        x.extract(corpus.toString()); // warm-up
        int mentions = 0;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            var res = x.extract(text);
            best = Math.min(best, System.nanoTime() - s);
            mentions = res.mentions().size();
        }
        double rate = textMb / (best / 1e9);
        long bestLink = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { long s = System.nanoTime(); g.find(text); bestLink = Math.min(bestLink, System.nanoTime() - s); }
        System.out.printf("linking only: %.1f MB/s%n", textMb / (bestLink / 1e9));
        System.out.printf("astropol linking + extraction: %.1f MB in %.2f s = %.1f MB/s (%d mentions)%n", textMb, best / 1e9, rate, mentions);

        if (System.getenv("NO_BASELINE") != null) return;
        // baseline: one case-insensitive regular expression per name, word-bounded, on a 0.2 MB slice
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : kb.entities()) names.addAll(e.allNames());
        List<Pattern> patterns = new ArrayList<>();
        for (String n : names) if (n.length() >= 2) patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        String slice = text.substring(0, Math.min(text.length(), 200_000));
        double sliceMb = slice.getBytes(StandardCharsets.UTF_8).length / 1e6;
        long s = System.nanoTime();
        int found = 0;
        for (Pattern p : patterns) { Matcher m = p.matcher(slice); while (m.find()) found++; }
        double baseRate = sliceMb / ((System.nanoTime() - s) / 1e9);
        System.out.printf("baseline, one regex per name (%d patterns): %.2f MB/s (%d matches on %.1f MB)%n", patterns.size(), baseRate, found, sliceMb);
        System.out.printf("speed-up: %.0fx%n", rate / baseRate);
    }
}
