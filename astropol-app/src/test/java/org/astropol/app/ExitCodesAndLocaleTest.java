package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: exit codes by kind of error, review accept keeping hand edits, and answers independent of the default locale. */
class ExitCodesAndLocaleTest extends CliTestBase {
    static final ObjectMapper M = new ObjectMapper();

    static final String HAND_WRITTEN = """
            # Reviewed by hand as well: this note stays.
            entities:
              # an agency added by hand
              - id: test-agency
                type: organisation
                kind: space-agency
                name: Test Agency
                country: JPN
                source: test-doc
                page: 1

            statements:
            - subject: JPN      # column-0 items, as a person may write them
              property: description
              value: A hand-written statement.
              source: test-doc
              page: 2

            # the end of the file: keep me
            """;

    private List<String> candidates() throws Exception {
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/note.txt"), "Japan and Australia signed a memorandum on lunar exploration in March 2021.\n\n"
                + "Japan became the fourth country capable of reaching the Moon in 2024.\n");
        Run ingest = run("ingest", tmp.resolve("docs").toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        List<String> ids = new ArrayList<>();
        for (JsonNode c : M.readTree(run("review", "list", "--format", "json").out()).get("candidates")) ids.add(c.get("id").asText());
        assertThat(ids).hasSize(2);
        return ids;
    }

    @Test
    void reviewAcceptKeepsCommentsAndOtherSectionsAndRefusesASecondDecision() throws Exception {
        Path file = data.resolve("reviewed/accepted.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HAND_WRITTEN);
        assertThat(run("check").code()).isZero();
        List<String> ids = candidates();

        Run first = run("review", "accept", ids.get(0));
        assertThat(first.code()).as(first.err()).isZero();
        Run second = run("review", "accept", ids.get(1));
        assertThat(second.code()).as(second.err()).isZero();
        String after = Files.readString(file);
        // every line a person wrote is still there, in its order
        List<String> kept = new ArrayList<>(after.lines().toList());
        kept.retainAll(HAND_WRITTEN.lines().toList());
        assertThat(kept).containsExactlyElementsOf(HAND_WRITTEN.lines().toList());
        assertThat(after).startsWith(HAND_WRITTEN.substring(0, HAND_WRITTEN.indexOf("statements:")));
        assertThat(after.indexOf("sources:")).as("a sources section appended").isGreaterThan(after.indexOf("keep me"));
        // the new statements follow the hand-written one, indented like it
        assertThat(after).contains("  page: 2\n- subject: \"JPN\"\n");
        // the line reported is where the statement starts
        String line = first.out().substring(first.out().lastIndexOf(':') + 1).strip();
        assertThat(after.lines().toList().get(Integer.parseInt(line) - 1)).startsWith("- subject:");
        assertThat(run("check").code()).isZero();
        assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString())).containsExactly("accepted.yaml");

        Run again = run("review", "accept", ids.get(0));
        assertThat(again.code()).isEqualTo(Main.CONFLICT);
        assertThat(again.err()).contains("already accepted");
        Run reject = run("review", "reject", ids.get(0));
        assertThat(reject.code()).as("an accepted candidate cannot be rejected").isEqualTo(Main.CONFLICT);
        assertThat(reject.err()).contains("already accepted");
        assertThat(Files.readString(file)).isEqualTo(after);
        assertThat(run("review", "list", "--all", "--format", "json").out()).doesNotContain("rejected");
    }

    @Test
    void aFileTheToolCannotEditInPlaceIsLeftAsItWas() throws Exception {
        Path file = data.resolve("reviewed/accepted.yaml");
        Files.createDirectories(file.getParent());
        List<String> ids = candidates();
        // valid data, but a flow list: the tool does not rewrite it, and neither the file nor the candidate changes
        String broken = "# note\nstatements: [{subject: JPN, property: description, value: x, source: test-doc, page: 1}]\n";
        Files.writeString(file, broken);
        assertThat(run("check").code()).isZero();
        Run r = run("review", "accept", ids.get(0));
        assertThat(r.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(r.err()).contains("not a block list");
        assertThat(Files.readString(file)).isEqualTo(broken);
        assertThat(run("review", "list", "--format", "json").out()).contains(ids.get(0));
    }

    @Test
    void usageErrorsExitTwo() {
        Run alignment = run("alignment");
        assertThat(alignment.code()).as(alignment.err()).isEqualTo(Main.USAGE_ERROR);
        assertThat(alignment.err()).contains("give two states").contains("Usage:");
        assertThat(run("alignment", "CHN").code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("density", "artemis-accords", "--cap", "0").code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("network", "--weight", "nonsense=1").code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("serve", "--port", "70000").code()).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("entity", "NOWHERE").code()).as("unknown id: a data problem").isEqualTo(Main.DATA_ERROR);
    }

    @Test
    void internalErrorsHaveTheirOwnCode() {
        assertThat(Main.exitCode(new NullPointerException())).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(Main.exitCode(new IllegalStateException("x"))).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(Main.exitCode(new IllegalArgumentException("x"))).isEqualTo(Main.DATA_ERROR);
        assertThat(Main.exitCode(new java.io.IOException("x"))).isEqualTo(Main.DATA_ERROR);
    }

    @Test
    void answersDoNotDependOnTheDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        List<List<String>> commands = List.of(List.of("entity", "nasa", "--format", "json"), List.of("entity", "rus", "--format", "json"),
                List.of("members", "artemis-accords", "--format", "json"), List.of("members", "ARTEMIS-ACCORDS", "--format", "csv"),
                List.of("timeline", "JPN", "--format", "json"), List.of("check"));
        List<String> root = new ArrayList<>(), turkish = new ArrayList<>();
        try {
            Locale.setDefault(Locale.ROOT);
            assertThat(run("build").code()).isZero();
            for (List<String> c : commands) root.add(runOk(c));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Files.deleteIfExists(db);
            assertThat(run("build").code()).isZero();
            for (List<String> c : commands) turkish.add(runOk(c));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(turkish).isEqualTo(root);
        assertThat(root.get(0)).contains("\"primary\"");
    }

    private String runOk(List<String> args) {
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(args + ": " + r.err()).isZero();
        return r.out();
    }
}
