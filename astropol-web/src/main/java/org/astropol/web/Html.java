package org.astropol.web;

/** HTML/XML escaping: every piece of data that reaches a page goes through {@link #esc}. */
public final class Html {
    private Html() {}

    public static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append(' '); else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A path segment or query value, percent-encoded (ids such as A/RES/69/32 keep their slashes as %2F). */
    public static String url(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
