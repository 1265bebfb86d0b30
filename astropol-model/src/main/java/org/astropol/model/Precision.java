package org.astropol.model;

/** How precisely a date is known: to the year, the month or the day. */
public enum Precision { YEAR, MONTH, DAY }
