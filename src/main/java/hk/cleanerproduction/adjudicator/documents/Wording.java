package hk.cleanerproduction.adjudicator.documents;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the letters and the report, in English and Traditional Chinese, as the policy officers
 * write them in {@code rules/documents/*.properties}: one {@code key.en = text} or {@code key.zh = text}
 * per line, {@code #} for a comment, values named in braces ({@code {enterprise}}). Read as plain UTF-8
 * lines (not as Java properties, which know no line numbers), so that every problem names its line.
 */
public final class Wording {

    static final String FOLDER = "documents/";
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_.-]*\\.(en|zh)");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /** One line of a wording file. */
    record Entry(String file, int line, String text) {
    }

    /** A wording read from a rules directory, with everything that is wrong in its lines. */
    record Read(Wording wording, List<RuleProblem> problems) {
    }

    private final Map<String, Entry> entries;

    private Wording(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The wording of a ruleset; problems in its files are the gate's business ({@link WordingCheck}). */
    public static Wording of(RulesDirectory directory) {
        return read(directory).wording();
    }

    static Read read(RulesDirectory directory) {
        Map<String, Entry> entries = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : directory.files()) {
            if (!isWordingFile(file)) {
                continue;
            }
            String display = directory.display(file.relativePath());
            String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (i == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1).strip();
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    problems.add(new RuleProblem(display, i + 1, "a line must read 'key.en = text' or 'key.zh = text'"));
                    continue;
                }
                String key = line.substring(0, eq).strip();
                if (!KEY.matcher(key).matches()) {
                    problems.add(new RuleProblem(display, i + 1, "'" + key + "' is not a key: it must end in .en or .zh"));
                    continue;
                }
                Entry previous = entries.putIfAbsent(key, new Entry(display, i + 1, line.substring(eq + 1).strip()));
                if (previous != null) {
                    problems.add(new RuleProblem(display, i + 1, "'" + key + "' is already given at " + previous.file()
                            + ":" + previous.line()));
                }
            }
        }
        return new Read(new Wording(Map.copyOf(entries)), problems);
    }

    static boolean isWordingFile(RuleFile file) {
        return file.relativePath().startsWith(FOLDER) && file.relativePath().endsWith(".properties");
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** The name of a code in one language ({@code outcome.NOT_AWARDED}); a code without a name is shown as words. */
    public String name(String group, String code, Lang lang) {
        if (code == null) {
            return "";
        }
        Entry entry = entries.get(group + "." + code + "." + lang.suffix());
        return entry != null ? entry.text() : asWords(code);
    }

    /** Advice to the enterprise for a reason code, or null when the officers give none. */
    String advice(String code, Lang lang) {
        Entry entry = entries.get("advice." + code + "." + lang.suffix());
        return entry == null || entry.text().isEmpty() ? null : entry.text();
    }

    /** Whether the officers wrote this text in this language. */
    boolean has(String key, Lang lang) {
        return entries.containsKey(key + "." + lang.suffix());
    }

    /** A text with its values filled in; values are plain text (escaped by whoever writes them into HTML). */
    public String text(String key, Lang lang, Map<String, String> values) {
        Entry entry = entries.get(key + "." + lang.suffix());
        if (entry == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(entry.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String text(String key, Lang lang) {
        return text(key, lang, Map.of());
    }

    /** A date as the officers write it in each language ({@code date.format}). */
    public String date(LocalDate date, Lang lang) {
        if (date == null) {
            return "";
        }
        String pattern = text("date.format", lang);
        try {
            return DateTimeFormatter.ofPattern(pattern.isEmpty() ? "yyyy-MM-dd" : pattern, Locale.ENGLISH).format(date);
        } catch (IllegalArgumentException e) {
            return date.toString();
        }
    }

    /** EXCELLENT_PARTNER -> Excellent partner: never a raw code on paper, even before the officers name it. */
    private static String asWords(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
