package org.astropol.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Views over the imported tables: the launch view and the derived indicators the analytics use. Each is created
 * when the tables it reads exist, after every import (so a view always reflects the latest release).
 * {@code organisation_entity} links GCAT organisations to curated organisations by name (it reads the curated
 * tables, so it is created by an import run after the first build; a later build keeps it working).
 */
public final class DerivedViews {
    private DerivedViews() {}

    record View(String name, List<String> tables, String sql) {}

    static final List<View> VIEWS = List.of(
            new View("launch", List.of("launch_payload"), """
                    SELECT launch_tag, min(launch_date) AS launch_date, min(launch_day) AS launch_day, min(launch_year) AS launch_year,
                           min(lv_type) AS lv_type, min(lv_state_code) AS lv_state_code, min(lv_state) AS lv_state,
                           min(launch_site) AS launch_site, min(launch_code) AS launch_code, bool_or(orbital) AS orbital,
                           bool_or(success) AS success, count(*) AS payloads
                    FROM launch_payload GROUP BY launch_tag"""),
            new View("launches_by_state_year", List.of("launch_payload"), """
                    SELECT lv_state, lv_state_code, launch_year AS year, count(*) AS launches, count(*) FILTER (WHERE success) AS successes
                    FROM launch WHERE orbital GROUP BY ALL"""),
            new View("payloads_by_state_year", List.of("space_object"), """
                    SELECT state, state_code, launch_year AS year, count(*) AS payloads
                    FROM space_object WHERE object_class = 'P' AND launch_year IS NOT NULL GROUP BY ALL"""),
            new View("in_orbit_by_state", List.of("space_object"), """
                    SELECT state, state_code, count(*) FILTER (WHERE object_class = 'P') AS payloads, count(*) AS objects
                    FROM space_object WHERE in_orbit GROUP BY ALL"""),
            new View("orbit_regime_mix", List.of("space_object"), """
                    SELECT state, state_code, regime AS orbit_regime, payloads,
                           round(payloads / sum(payloads) OVER (PARTITION BY state, state_code), 4) AS share
                    FROM (SELECT state, state_code, coalesce(orbit_regime, '?') AS regime, count(*) AS payloads
                          FROM space_object WHERE object_class = 'P' GROUP BY state, state_code, regime)"""),
            new View("space_resolution_record", List.of("un_roll_call", "un_vote"), """
                    SELECT v.state, v.country, r.resolution, r.date, r.rcid, r.space_category, v.vote
                    FROM un_vote v JOIN un_roll_call r USING (rcid) WHERE r.space_category IS NOT NULL"""),
            new View("space_resolution_summary", List.of("un_roll_call", "un_vote"), """
                    SELECT state, space_category, count(*) FILTER (WHERE vote = 'yes') AS yes, count(*) FILTER (WHERE vote = 'no') AS no,
                           count(*) FILTER (WHERE vote = 'abstain') AS abstain FROM space_resolution_record GROUP BY ALL"""),
            new View("organisation_entity", List.of("organisation_registry", "entity", "entity_name"), """
                    SELECT o.code, e.id AS entity_id, string_agg(DISTINCT n.name, '; ' ORDER BY n.name) AS matched_names
                    FROM organisation_registry o
                    JOIN (SELECT entity_id, name FROM entity_name UNION SELECT id, name FROM entity) n
                      ON lower(n.name) IN (lower(o.short_name), lower(o.name), lower(o.short_ename), lower(o.ename))
                    JOIN entity e ON e.id = n.entity_id AND e.type = 'organisation'
                    WHERE e.country IS NULL OR o.state IS NULL OR e.country = o.state GROUP BY o.code, e.id"""),
            new View("undl_space_resolution_record", List.of("undl_vote"), """
                    SELECT state, ms_name AS country, resolution, date, title, vote FROM undl_vote
                    WHERE lower(title) LIKE '%outer space%' OR lower(title) LIKE '%space activities%'"""));

    /** Names of all derived views, dropped before an import replaces tables. */
    public static List<String> names() { return VIEWS.reversed().stream().map(View::name).toList(); }

    /** (Re)creates every view whose tables exist. */
    public static void create(Connection c) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        try (Statement st = c.createStatement()) {
            for (View v : VIEWS) {
                if (tables.containsAll(v.tables())) st.execute("CREATE OR REPLACE VIEW " + v.name() + " AS " + v.sql());
            }
        }
    }
}
