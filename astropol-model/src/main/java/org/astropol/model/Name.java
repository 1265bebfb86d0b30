package org.astropol.model;

/** A name of an entity in one language (BCP 47 code, e.g. en, zh, ru), or an alias when {@code lang} is null. */
public record Name(String text, String lang, NameKind kind) {
    public enum NameKind { PRIMARY, OFFICIAL, ALIAS }
}
