package org.astropol.app;

import org.astropol.model.Interval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "as of" rule lives in astropol-model alone ({@code Validity}, {@code Standing}): no class in another module, main or
 * test, calls {@code Interval.holdsOn}, and no production class compares a record's own bounds with a day (tests may:
 * their oracles recompute the rule independently). The method is package-private, so the compiler already refuses
 * such a call; this test keeps it that way and also catches hand-written comparisons.
 */
class OneTimeRuleArchitectureTest {
    static final Path ROOT = Path.of(System.getProperty("astropol.root"));
    static final Pattern CALLS_HOLDS_ON = Pattern.compile("\\.holdsOn\\(");
    /** A record's or entity's from/until compared at its bound directly: the rule's own work. */
    static final Pattern COMPARES_BOUNDS = Pattern.compile("\\.valid\\(\\)\\.(from|until)\\(\\)\\.(earliest|latest)\\(\\)"
            + "|\\.existence\\(\\)\\.(from|until)\\(\\)\\.(earliest|latest)\\(\\)\\.is(After|Before)");

    @Test
    void holdsOnIsNotPartOfTheModelsPublicApi() throws Exception {
        var m = Interval.class.getDeclaredMethod("holdsOn", java.time.LocalDate.class);
        assertThat(Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())).as("Interval.holdsOn must stay package-private").isFalse();
    }

    @Test
    void noClassOutsideTheModelDecidesValidityItself() throws IOException {
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("astropol-")).toList()) {
                if (module.getFileName().toString().equals("astropol-model")) continue;
                Path src = module.resolve("src");
                if (!Files.isDirectory(src)) continue;
                try (Stream<Path> files = Files.walk(src)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        if (f.getFileName().toString().equals("OneTimeRuleArchitectureTest.java")) continue;
                        scanned++;
                        boolean main = src.relativize(f).startsWith("main");
                        List<String> lines = Files.readAllLines(f);
                        for (int i = 0; i < lines.size(); i++) {
                            String line = lines.get(i);
                            if (CALLS_HOLDS_ON.matcher(line).find() || (main && COMPARES_BOUNDS.matcher(line).find())) offenders.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("Java files scanned outside astropol-model").isGreaterThan(100);
        assertThat(offenders).as("decide validity through org.astropol.model.Validity, not by hand").isEmpty();
    }
}
