package org.astropol.model;

/** A unit from the catalogue, with its dimension (count, ratio, mass, length, time, ordinal). */
public record UnitDefinition(String id, String dimension, String label) {}
