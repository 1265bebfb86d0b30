package org.astropol.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a state (or organisation) has gone with a programme, accord, organisation or instrument, as the data
 * records it: {@code announced} (an intention, never a signature), {@code signed} (signed or joined; the stage of a
 * membership that names none), {@code ratified}, {@code in-force} (binding on it), {@code withdrawn}.
 */
public enum Stage {
    ANNOUNCED, SIGNED, RATIFIED, IN_FORCE, WITHDRAWN;

    /** A membership that names no stage: a plain member or signatory has signed (or joined). */
    public static final Stage DEFAULT = SIGNED;

    public String key() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    public static Optional<Stage> fromKey(String k) {
        return Arrays.stream(values()).filter(s -> s.key().equals(k)).findFirst();
    }

    /** Signed or later and not withdrawn: what coalitions and accords count as membership by default. */
    public boolean isSignedOrLater() { return this == SIGNED || this == RATIFIED || this == IN_FORCE; }

    /** The stage a party action leaves a party in (before the instrument's own entry into force is considered). */
    public static Stage afterAction(String action) {
        return switch (action) {
            case "signature" -> SIGNED;
            case "withdrawal", "denunciation" -> WITHDRAWN;
            default -> RATIFIED;   // ratification, accession, succession, acceptance, approval: consent to be bound
        };
    }
}
