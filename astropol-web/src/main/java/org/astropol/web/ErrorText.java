package org.astropol.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Error messages as HTTP clients see them: folders of this machine (the JDK, the working, home and temporary
 * folders, the astropol home) are cut to the file's own name, and process ids are dropped, so an error body tells
 * a client nothing about the machine. The full message goes to the server's log.
 */
final class ErrorText {
    private ErrorText() {}

    private static final Pattern PROCESS = Pattern.compile("\\s*\\((?:PID|pid) \\d+\\)(?: by user [\\w.-]*\\w)?|\\b(?:PID|pid) \\d+");
    /** Any remaining absolute file path under a usual top-level folder; URL paths such as /api/v1/... are left alone. */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile(
            "(?<![\\w.])/(?:home|tmp|work|usr|var|opt|root|etc|srv|mnt|media|Users|private|proc|dev|lib|nix|run|data)(?:/[^\\s\"':,;()\\[\\]]+)+");
    private static final List<String> MACHINE_FOLDERS = machineFolders();

    static String clean(String message) {
        if (message == null) return null;
        String s = message;
        for (String folder : MACHINE_FOLDERS) s = s.replace(folder + "/", "");
        s = ABSOLUTE_PATH.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Path.of(m.group()).getFileName().toString()));
        return PROCESS.matcher(s).replaceAll("");
    }

    private static List<String> machineFolders() {
        List<String> out = new ArrayList<>();
        for (String p : new String[] {"java.home", "user.dir", "user.home", "java.io.tmpdir", "astropol.home"}) {
            String v = System.getProperty(p);
            if (v == null || v.isBlank()) continue;
            String abs = Path.of(v).toAbsolutePath().normalize().toString();
            if (abs.length() > 1) out.add(abs);
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
