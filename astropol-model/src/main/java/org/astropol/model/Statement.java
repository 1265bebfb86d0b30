package org.astropol.model;

import java.util.List;

/**
 * One cited fact: a subject has a property with a value during an interval, according to its sources.
 * Conflicting sources give separate statements; none is silently preferred.
 */
public record Statement(String id, String subject, String property, Value value, Interval valid,
                        Status status, String note, List<Citation> citations, Origin origin) {}
