package hk.cleanerproduction.adjudicator.drafts;

import java.util.regex.Pattern;

/**
 * The paths of a draft's files, as the rules folder names them ({@code funding/parameters/grant-terms.drl.csv}):
 * relative, forward slashes, no {@code .} or {@code ..} part and nothing hidden, so that a draft's files are
 * exactly those a rules folder could hold.
 */
final class DraftPaths {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\- ]*");

    private DraftPaths() {
    }

    /** The path, checked; {@link DraftException} 400 naming the field {@code path} when it is not one. */
    static String checked(String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        if (p.isEmpty() || p.length() > 400) {
            throw DraftException.badInput("path", "give the file's path in the rules folder, e.g. funding/funding-policy.drl");
        }
        for (String part : p.split("/", -1)) {
            if (!PART.matcher(part).matches() || part.endsWith("~")) {
                throw DraftException.badInput("path", "'" + p + "' is not a path of the rules folder (letters, digits, _ - . "
                        + "and spaces in each part; no hidden file, no '..')");
            }
        }
        return p;
    }

    /** What a file of that name holds, for the Content-Type of a download. */
    static String contentType(String path) {
        String name = path.toLowerCase();
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".csv")) {
            return "text/csv;charset=UTF-8";
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return "application/yaml";
        }
        return "text/plain;charset=UTF-8";
    }
}
