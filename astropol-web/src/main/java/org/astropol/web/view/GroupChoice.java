package org.astropol.web.view;

import java.util.List;

/**
 * The group pickers of /compare and /map ({@code tag/groups.jte}): every group or instrument with members in the
 * knowledge base, and the chosen ones (null for none; /map may colour one group alone).
 */
public record GroupChoice(String action, List<Ref> groups, String a, String b, boolean bOptional, String asOf) {}
