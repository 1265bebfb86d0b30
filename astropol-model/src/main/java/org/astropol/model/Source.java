package org.astropol.model;

import java.util.List;

/** A registered source: a document, dataset, page or record that statements cite. */
public record Source(String id, String kind, String title, List<String> authors, String publisher,
                     PartialDate date, String url, String doi, PartialDate accessed, String document,
                     Origin origin) {}
