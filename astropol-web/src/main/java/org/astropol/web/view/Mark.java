package org.astropol.web.view;

/** A footnote mark beside a figure ({@code tag/marks.jte}): the note's number and its source's title. */
public record Mark(int n, String title) {}
