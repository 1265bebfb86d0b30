package org.astropol.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one file into a {@link LoadedDocument}: plain text and Markdown (UTF-8, or UTF-16 with a byte order
 * mark), HTML (jsoup) and PDF (PDFBox). Files are checked before they are read: the size is capped so memory
 * stays bounded, and binary content or an unexpected encoding is refused with a message naming the file.
 * Metadata comes from a corpus-law {@code metadata.yaml} beside the file, or from a corpus {@code INDEX.tsv}
 * row for the file.
 */
public final class DocumentLoader {

    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf");
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    /** A file that cannot be ingested; the message names the file and the reason. */
    public static final class BadDocumentException extends Exception {
        public BadDocumentException(Path file, String reason) { super(file + ": " + reason); }
    }

    public record LoadedDocument(String id, Path file, String format, String title, String text, Map<String, Object> metadata) {}

    /** Content a PDF may inflate to, and the time its text extraction may take (see {@link PdfText}). */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 256L * 1024 * 1024;
    public static final Duration DEFAULT_PDF_TIME = Duration.ofSeconds(60);

    private final long maxBytes, maxInflatedBytes;
    private final Duration pdfTime;

    public DocumentLoader(long maxBytes, long maxInflatedBytes, Duration pdfTime) {
        this.maxBytes = maxBytes;
        this.maxInflatedBytes = maxInflatedBytes;
        this.pdfTime = pdfTime;
    }

    public DocumentLoader(long maxBytes) { this(maxBytes, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_PDF_TIME); }

    public DocumentLoader() { this(DEFAULT_MAX_BYTES); }

    public static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public LoadedDocument load(Path file) throws BadDocumentException {
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) throw new BadDocumentException(file, "unsupported file type '." + ext + "' (supported: .txt .md .html .pdf)");
        long size;
        try { size = Files.size(file); } catch (IOException e) { throw new BadDocumentException(file, "cannot read: " + e.getMessage()); }
        if (size == 0) throw new BadDocumentException(file, "empty file");
        if (size > maxBytes) {
            throw new BadDocumentException(file, "file is " + mb(size) + ", larger than the " + mb(maxBytes)
                    + " limit for one document (split it, or raise --max-mb)");
        }
        byte[] bytes;
        try { bytes = Files.readAllBytes(file); } catch (IOException e) { throw new BadDocumentException(file, "cannot read: " + e.getMessage()); }
        String id = sha256(bytes);
        String title;
        String text;
        String format;
        switch (ext) {
            case "pdf" -> {
                format = "pdf";
                String[] tt = pdf(file);
                title = tt[0];
                text = tt[1];
            }
            case "html", "htm" -> {
                format = "html";
                var doc = Jsoup.parse(decode(file, bytes));
                title = doc.title().isBlank() ? null : doc.title().strip();
                text = htmlText(doc.body() != null ? doc.body() : doc);
            }
            default -> {
                format = ext.equals("txt") ? "text" : "markdown";
                text = decode(file, bytes);
                title = null;
                if (format.equals("markdown")) {
                    for (String line : text.split("\n", 50)) if (line.startsWith("# ")) { title = line.substring(2).strip(); break; }
                }
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) throw new BadDocumentException(file, format.equals("pdf") ? "the PDF has no extractable text (scanned images?)" : "no text (empty after reading)");
        Map<String, Object> metadata = metadata(file);
        if (metadata.get("title") instanceof String t && !t.isBlank()) title = t;
        if (title == null) title = firstLine(text);
        return new LoadedDocument(id, file, format, title, text, metadata);
    }

    private static String mb(long bytes) { return (bytes / (1024 * 1024)) + " MB"; }

    static String firstLine(String text) {
        for (String line : text.split("\n", 40)) {
            String s = line.strip();
            if (!s.isEmpty()) return s.length() > 200 ? s.substring(0, 200) : s;
        }
        return "";
    }

    /** Strict decoding: UTF-8 (BOM dropped) or UTF-16 with a BOM; binary content and other encodings are refused. */
    static String decode(Path file, byte[] bytes) throws BadDocumentException {
        Charset cs = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) offset = 3;
        else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) { cs = StandardCharsets.UTF_16BE; offset = 2; }
        else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) { cs = StandardCharsets.UTF_16LE; offset = 2; }
        if (cs == StandardCharsets.UTF_8) {
            int control = 0, n = Math.min(bytes.length, 8192);
            for (int i = offset; i < n; i++) {
                int b = bytes[i] & 0xff;
                if (b == 0) throw new BadDocumentException(file, "binary content (NUL byte at offset " + i + "), not a text file");
                if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
            }
            if (control > n / 10) throw new BadDocumentException(file, "binary content (" + control + " control bytes in the first " + n + "), not a text file");
        }
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = dec.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
            throw new BadDocumentException(file, "line " + line + ": not valid " + cs.name() + " (byte offset " + at
                    + "); the text is in another encoding (e.g. Latin-1 or Windows-1252): convert it to UTF-8");
        } catch (CharacterCodingException e) {
            throw new BadDocumentException(file, "not valid " + cs.name() + ": " + e.getMessage());
        }
    }

    private String[] pdf(Path file) throws BadDocumentException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (doc.isEncrypted()) throw new BadDocumentException(file, "encrypted PDF");
            String text = PdfText.extract(doc, maxInflatedBytes, pdfTime);
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return new String[]{title == null || title.isBlank() ? null : title.strip(), text};
        } catch (BadDocumentException e) {
            throw e;
        } catch (PdfText.TooCostly e) {
            throw new BadDocumentException(file, "PDF refused: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new BadDocumentException(file, "corrupt or unreadable PDF: " + e.getMessage());
        }
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol",
            "section", "article", "header", "footer", "blockquote", "pre", "br", "dd", "dt", "figcaption", "main", "nav", "aside");

    static String htmlText(Element root) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    if (b.length() == 0 || b.charAt(b.length() - 1) == '\n') s = s.stripLeading();
                    b.append(s);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) blockBreak(b);
            }
            @Override public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) blockBreak(b);
            }
        }, root);
        root.select("script,style").remove();
        return b.toString().strip() + "\n";
    }

    private static void blockBreak(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
        if (b.length() == 0) return;
        if (b.length() >= 2 && b.charAt(b.length() - 1) == '\n' && b.charAt(b.length() - 2) == '\n') return;
        b.append(b.charAt(b.length() - 1) == '\n' ? "\n" : "\n\n");
    }

    /** Provenance: a corpus-law metadata.yaml beside the file, or the file's row in a corpus INDEX.tsv. */
    static Map<String, Object> metadata(Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) return m;
        Path yaml = dir.resolve("metadata.yaml");
        if (Files.isRegularFile(yaml)) {
            try (InputStream in = Files.newInputStream(yaml)) {
                Object o = new Yaml(new LoaderOptions()).load(in);
                if (o instanceof Map<?, ?> map) for (var e : map.entrySet()) m.put(String.valueOf(e.getKey()), plain(e.getValue()));
            } catch (IOException | RuntimeException e) {
                m.put("metadata_error", yaml + ": " + e.getMessage());
            }
            return m;
        }
        Path index = dir.resolve("INDEX.tsv");
        if (Files.isRegularFile(index)) {
            try {
                List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
                if (!lines.isEmpty()) {
                    String[] header = lines.get(0).split("\t", -1);
                    for (String line : lines.subList(1, lines.size())) {
                        String[] cells = line.split("\t", -1);
                        if (cells.length > 0 && cells[0].equals(file.getFileName().toString())) {
                            for (int i = 1; i < header.length && i < cells.length; i++) {
                                if (!cells[i].isBlank() && !cells[i].equals("-")) m.put(header[i], cells[i]);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                m.put("metadata_error", index + ": " + e.getMessage());
            }
        }
        return m;
    }

    private static Object plain(Object v) {
        if (v instanceof java.util.Date d) return d.toInstant().toString().substring(0, 10);
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var e : map.entrySet()) m.put(String.valueOf(e.getKey()), plain(e.getValue()));
            return m;
        }
        if (v instanceof List<?> l) return l.stream().map(DocumentLoader::plain).toList();
        return v;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
