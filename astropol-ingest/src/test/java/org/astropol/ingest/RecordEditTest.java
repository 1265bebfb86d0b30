package org.astropol.ingest;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In-place edits of an existing record: the rest of the file (comments, other records) is kept as written. */
class RecordEditTest {
    private static final String FILE = """
            # coalition members
            memberships:
            - group: g
              members:
              - member: AAA   # founder
                since: 2020-10-13
                source: s1
                quote: "the first sentence"
              - member: BBB
                since: 2021
                note: Joined late.
                sources:
                - id: s1
                  page: 3
              - {member: CCC, source: s1, page: 1}
            """;

    private static Map<String, Object> citation() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "s2");
        c.put("quote", "AAA signed \"it\"");
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(String text, int i) {
        Map<String, Object> root = new Yaml(new LoaderOptions()).load(text);
        Map<String, Object> group = ((List<Map<String, Object>>) root.get("memberships")).get(0);
        return ((List<Map<String, Object>>) group.get("members")).get(i);
    }

    @Test
    void aShortCitationBecomesAListWithTheOldAndTheNewCitation() {
        String out = RecordEdit.find("f.yaml", FILE, 5, "member", "AAA").withCitation(citation());
        assertThat(out).startsWith("# coalition members\n").contains("- member: AAA   # founder");
        Map<String, Object> aaa = member(out, 0);
        assertThat(aaa).doesNotContainKeys("source", "quote").containsEntry("since", member(FILE, 0).get("since"));
        assertThat(aaa.get("sources")).isEqualTo(List.of(Map.of("id", "s1", "quote", "the first sentence"), Map.of("id", "s2", "quote", "AAA signed \"it\"")));
        assertThat(member(out, 1)).isEqualTo(member(FILE, 1));
        assertThat(member(out, 2)).isEqualTo(member(FILE, 2));
    }

    @Test
    void aCitationListGetsOneMoreItem() {
        String out = RecordEdit.find("f.yaml", FILE, 9, "member", "BBB").withCitation(citation());
        assertThat(member(out, 1).get("sources")).isEqualTo(List.of(Map.of("id", "s1", "page", 3), Map.of("id", "s2", "quote", "AAA signed \"it\"")));
        assertThat(member(out, 0)).isEqualTo(member(FILE, 0));
    }

    @Test
    void disputedAddsStatusAndNoteOrExtendsTheNote() {
        Map<String, Object> aaa = member(RecordEdit.find("f.yaml", FILE, 5, "member", "AAA").disputed("Source s2 gives 2020-11-01.", true), 0);
        assertThat(aaa).containsEntry("status", "disputed").containsEntry("note", "Source s2 gives 2020-11-01.");
        Map<String, Object> bbb = member(RecordEdit.find("f.yaml", FILE, 9, "member", "BBB").disputed("Source s2 gives 2022.", true), 1);
        assertThat(bbb).containsEntry("status", "disputed").containsEntry("note", "Joined late. Source s2 gives 2022.");
    }

    @Test
    void flowRecordsAndWrongLinesAreLeftToAPerson() {
        assertThatThrownBy(() -> RecordEdit.find("f.yaml", FILE, 15, "member", "CCC")).hasMessageContaining("flow style");
        assertThatThrownBy(() -> RecordEdit.find("f.yaml", FILE, 6, "member", "AAA")).hasMessageContaining("f.yaml:6: no single record");
    }
}
