package org.astropol.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming reader of delimited text (CSV with RFC 4180 quotes, or TSV without quoting) that works on bytes:
 * records are split at unquoted line ends (LF or CRLF), a UTF-8 byte-order mark is skipped, and every field is
 * decoded as strict UTF-8 so a wrongly encoded field is reported with its line instead of silently garbled.
 * Memory use is one buffer plus the current record, whatever the file size.
 */
public final class DelimitedReader implements Closeable {

    /** One record: the line it starts on, its fields, and a problem (bad encoding, unterminated quote) if any. */
    public record Record(long line, String[] fields, String problem, int problemField) {
        public boolean blank() {
            for (String f : fields) if (!f.isBlank()) return false;
            return true;
        }
    }

    private final InputStream in;
    private final byte delimiter;
    private final boolean quoting;
    private final boolean trim;
    private final byte[] buf = new byte[1 << 18];
    private int pos, lim;
    private boolean eof;
    private long line = 1;
    private byte[] field = new byte[256];
    private int flen;
    private boolean fieldAscii = true;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final List<String> fields = new ArrayList<>();
    private String problem;
    private int problemField = -1;

    public DelimitedReader(InputStream in, char delimiter, boolean quoting) throws IOException {
        this(in, delimiter, quoting, false);
    }

    /**
     * With {@code trim}, unquoted fields after the first lose their leading and trailing ASCII whitespace at byte level
     * (the same characters {@link String#strip()} removes), which saves a copy per padded field.
     */
    public DelimitedReader(InputStream in, char delimiter, boolean quoting, boolean trim) throws IOException {
        this.trim = trim;
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.quoting = quoting;
        fill();
        if (lim - pos >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
    }

    private void fill() throws IOException {
        if (eof) return;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) { eof = true; lim = 0; pos = 0; } else { lim = n; pos = 0; }
    }

    private int read() throws IOException {
        if (pos >= lim) { fill(); if (eof) return -1; }
        return buf[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos >= lim) { fill(); if (eof) return -1; }
        return buf[pos] & 0xff;
    }

    private void append(int b) {
        if (flen == field.length) field = java.util.Arrays.copyOf(field, field.length * 2);
        field[flen++] = (byte) b;
        if (b >= 0x80 || b == 0) fieldAscii = false; // NUL takes the checked path too
    }

    private void endField() {
        String s;
        if (fieldAscii) {
            s = new String(field, 0, flen, StandardCharsets.ISO_8859_1);
        } else {
            for (int i = 0; i < flen && problem == null; i++) {
                if (field[i] == 0) {
                    // refused as ingest refuses it: a NUL is binary content, and DuckDB or a terminal would cut the text there
                    problem = "NUL byte (binary content, not text)";
                    problemField = fields.size();
                }
            }
            try {
                s = decoder.decode(ByteBuffer.wrap(field, 0, flen)).toString();
            } catch (CharacterCodingException e) {
                if (problem == null) {
                    problem = "not valid UTF-8 (wrong encoding?)";
                    problemField = fields.size();
                }
                s = new String(field, 0, flen, StandardCharsets.UTF_8);
            }
        }
        fields.add(s);
        flen = 0;
        fieldAscii = true;
    }

    private static boolean space(int c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }

    /** Ends a field whose bytes are buf[from, to) (plus any bytes already in {@code field}). */
    private void endField(int from, int to, boolean ascii) {
        if (flen > 0) {
            for (int i = from; i < to; i++) append(buf[i] & 0xff);
            endField();
            return;
        }
        if (!ascii) {
            for (int i = from; i < to; i++) append(buf[i] & 0xff);
            endField();
            return;
        }
        if (trim && !fields.isEmpty()) {
            while (from < to && space(buf[from])) from++;
            while (to > from && space(buf[to - 1])) to--;
        }
        int n = to - from;
        fields.add(n == 0 ? "" : n == 1 && buf[from] == '-' ? "-" : new String(buf, from, n, StandardCharsets.ISO_8859_1));
    }

    /** Unquoted records (TSV): scans the buffer for the delimiter and line ends instead of going byte by byte. */
    private Record nextUnquoted() throws IOException {
        if (pos >= lim) { fill(); if (eof) return null; }
        long start = line;
        fields.clear();
        problem = null;
        problemField = -1;
        final byte d = delimiter;
        while (true) {
            if (pos >= lim) {
                fill();
                if (eof) { endField(); break; }
            }
            byte[] b = buf;
            int i = pos, l = lim;
            boolean ascii = true;
            byte c = 0;
            while (i < l) {
                c = b[i];
                if (c == d || c == '\n' || c == '\r') break;
                if (c <= 0) ascii = false; // bytes >= 0x80 and NUL are checked in endField
                i++;
            }
            if (i == l) { // the field continues in the next buffer
                for (int k = pos; k < l; k++) append(b[k] & 0xff);
                pos = l;
                continue;
            }
            if (c == '\r') {
                if (i + 1 == l) { // CR at the end of the buffer: keep the field's bytes before refilling
                    for (int k = pos; k < i; k++) append(b[k] & 0xff);
                    pos = l;
                    if (peek() == '\n') { read(); line++; endField(); break; }
                    append('\r'); // a lone CR is data
                    continue;
                }
                if (b[i + 1] == '\n') { endField(pos, i, ascii); pos = i + 2; line++; break; }
                for (int k = pos; k <= i; k++) append(b[k] & 0xff); // a lone CR is data
                pos = i + 1;
                continue;
            }
            endField(pos, i, ascii);
            pos = i + 1;
            if (c == '\n') { line++; break; }
        }
        return new Record(start, fields.toArray(new String[0]), problem, problemField);
    }

    /** The next record, or null at the end of the file. */
    public Record next() throws IOException {
        if (!quoting) return nextUnquoted();
        int b = read();
        if (b < 0) return null;
        long start = line;
        fields.clear();
        problem = null;
        problemField = -1;
        boolean inQuotes = false, quoted = false;
        while (true) {
            if (b < 0) {
                if (inQuotes && problem == null) { problem = "unterminated quoted field"; problemField = fields.size(); }
                endField();
                break;
            }
            if (inQuotes) {
                if (b == '"') {
                    if (peek() == '"') { read(); append('"'); } else inQuotes = false;
                } else {
                    if (b == '\n') line++;
                    append(b);
                }
            } else if (b == delimiter) {
                endField();
                quoted = false;
            } else if (b == '\n') {
                line++;
                endField();
                break;
            } else if (b == '\r' && peek() == '\n') {
                read();
                line++;
                endField();
                break;
            } else if (b == '"' && quoting && flen == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                append(b);
            }
            b = read();
        }
        return new Record(start, fields.toArray(new String[0]), problem, problemField);
    }

    @Override public void close() throws IOException { in.close(); }
}
