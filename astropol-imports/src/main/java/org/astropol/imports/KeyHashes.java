package org.astropol.imports;

import java.time.LocalDate;

/**
 * 64-bit hashes of the key values of one table's rows, seen by the reading thread: when no two rows' hashes are equal,
 * no two keys are, and the import skips the SQL duplicate-key query (a full aggregation of the staged table, 0.5-1.3 s
 * of the 1M-row satcat import after the last row is appended). Any equal hash, a key type not handled here, or more
 * keys than {@link #MAX_KEYS} (to bound the heap) only means "not proven": the SQL check then runs as before.
 * Hand-written open addressing over a long[] because a set of boxed Longs would cost ~10 times the memory.
 */
final class KeyHashes {
    /** Beyond this many keys the set stops (16 M slots = 128 MB would not fit the import's heap). */
    static final int MAX_KEYS = 1 << 21;

    private long[] slots = new long[1 << 12];
    private boolean zeroSeen; // 0 marks an empty slot, so the hash 0 is remembered apart
    private int size;
    private boolean unproven;

    /** False once two rows may share a key (the SQL check must then run). */
    boolean distinct() { return !unproven; }

    void add(Object[] values, int[] keys) {
        if (unproven) return;
        long h = 0x9E3779B97F4A7C15L;
        for (int k : keys) {
            long v;
            switch (values[k]) {
                case byte[] utf8 -> v = bytes(utf8);
                case Long l -> v = mix(l);
                case Integer i -> v = mix(i.longValue());
                case Short s -> v = mix(s.longValue());
                case LocalDate d -> v = mix(d.toEpochDay());
                default -> { unproven = true; slots = null; return; } // e.g. DOUBLE keys (-0.0 = 0.0 in SQL): leave them to SQL
            }
            h = mix(h * 31 + v);
        }
        if (!insert(h)) { unproven = true; slots = null; }
    }

    private boolean insert(long h) {
        if (h == 0) {
            if (zeroSeen) return false;
            zeroSeen = true;
            return true;
        }
        int mask = slots.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) break;
            if (s == h) return false;
        }
        if (++size > MAX_KEYS) return false;
        if (size * 2 > slots.length) grow();
        mask = slots.length - 1;
        int i = (int) h & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = h;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long h : old) {
            if (h == 0) continue;
            int i = (int) h & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = h;
        }
    }

    /** A 64-bit hash of the bytes (8 at a time, then the rest), finished by {@link #mix}. */
    private static long bytes(byte[] b) {
        long h = b.length * 0xC2B2AE3D27D4EB4FL;
        int i = 0;
        for (; i + 8 <= b.length; i += 8) h = mix(h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        long tail = 0;
        for (int j = b.length - 1; j >= i; j--) tail = (tail << 8) | (b[j] & 0xFF);
        return mix(h ^ tail ^ ((long) (b.length - i) << 59));
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** The finaliser of SplitMix64 / Murmur3: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

}
