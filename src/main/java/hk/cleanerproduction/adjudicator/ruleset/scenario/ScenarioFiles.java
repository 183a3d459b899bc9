package hk.cleanerproduction.adjudicator.ruleset.scenario;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the scenario files of a rules directory: every {@code *.yaml} / {@code *.yml} in a
 * {@code scenarios/} folder. A file is
 * <pre>
 * kind: funding                     # or recognition
 * base: base-application.json       # optional: a whole input beside the file; cases change it
 * cases:
 *   - name: Received the day the window opens is in time
 *     input: { receivedOn: 2025-04-01, factory.region: GUANGDONG }   # dotted paths or nested objects
 *     expect: { outcome: ELIGIBLE, grantHkd: 650000, reasons: [GRANT_CAPPED_AT_CEILING] }
 * </pre>
 * Each case keeps the line it starts on, so that a failing case is reported as {@code file:line}.
 */
public final class ScenarioFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** The scenarios read, and the problems of files that could not be read. */
    public record Loaded(List<Scenario> scenarios, List<RuleProblem> problems) {
    }

    private ScenarioFiles() {
    }

    public static boolean isScenarioFile(RuleFile file) {
        String path = "/" + file.relativePath().toLowerCase();
        return path.contains("/scenarios/") && (path.endsWith(".yaml") || path.endsWith(".yml"));
    }

    public static Loaded read(RulesDirectory directory) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : directory.files()) {
            if (isScenarioFile(file)) {
                readFile(directory, file, scenarios, problems);
            }
        }
        return new Loaded(scenarios, problems);
    }

    private static void readFile(RulesDirectory directory, RuleFile file, List<Scenario> scenarios, List<RuleProblem> problems) {
        String name = directory.display(file.relativePath());
        String fileKind = null;
        String fileBase = null;
        List<int[]> lines = new ArrayList<>();
        List<JsonNode> cases = new ArrayList<>();
        try (JsonParser p = YAML.createParser(new String(file.content(), StandardCharsets.UTF_8))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new RuleProblem(name, 1, "a scenario file must hold kind, base and cases"));
                return;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("cases".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        lines.add(new int[] {p.currentTokenLocation().getLineNr()});
                        cases.add(YAML.readTree(p));
                    }
                } else if ("kind".equals(field)) {
                    fileKind = p.getValueAsString();
                } else if ("base".equals(field)) {
                    fileBase = p.getValueAsString();
                } else {
                    problems.add(new RuleProblem(name, p.currentTokenLocation().getLineNr(),
                            "'" + field + "' is not part of a scenario file (kind, base, cases)"));
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(name, line, "is not valid YAML: " + e.getOriginalMessage()));
            return;
        }
        if (cases.isEmpty()) {
            problems.add(new RuleProblem(name, 1, "holds no cases"));
        }
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            int line = lines.get(i)[0];
            Optional<Scenario> scenario = toScenario(directory, file, name, line, c, fileKind, fileBase, problems);
            scenario.ifPresent(scenarios::add);
        }
    }

    private static Optional<Scenario> toScenario(RulesDirectory directory, RuleFile file, String name, int line, JsonNode c,
            String fileKind, String fileBase, List<RuleProblem> problems) {
        String caseName = c.path("name").asString("");
        String label = caseName.isEmpty() ? "the case" : "scenario '" + caseName + "'";
        if (caseName.isEmpty()) {
            problems.add(new RuleProblem(name, line, "the case has no name; say in a sentence what it shows"));
        }
        String kind = c.path("kind").asString(fileKind);
        if (kind == null || kind.isBlank()) {
            problems.add(new RuleProblem(name, line, label + " says neither its kind nor does its file (funding or recognition)"));
            return Optional.empty();
        }
        String base = c.path("base").asString(fileBase);
        ObjectNode input;
        if (base != null) {
            Optional<RuleFile> baseFile = sibling(directory, file, base);
            if (baseFile.isEmpty()) {
                problems.add(new RuleProblem(name, line, label + ": the base input " + base + " is not beside the scenarios"));
                return Optional.empty();
            }
            try {
                JsonNode tree = Json.mapper().readTree(new String(baseFile.get().content(), StandardCharsets.UTF_8));
                input = tree.isObject() ? (ObjectNode) tree : JsonNodeFactory.instance.objectNode();
            } catch (JacksonException e) {
                problems.add(new RuleProblem(directory.display(baseFile.get().relativePath()), 0, "is not valid JSON: " + e.getOriginalMessage()));
                return Optional.empty();
            }
        } else {
            input = JsonNodeFactory.instance.objectNode();
        }
        JsonNode changes = c.path("input");
        if (changes.isObject()) {
            apply(input, (ObjectNode) changes);
        }
        JsonNode e = c.path("expect");
        if (!e.isObject()) {
            problems.add(new RuleProblem(name, line, label + " expects nothing; give at least an outcome"));
            return Optional.empty();
        }
        Expectation expectation = new Expectation(
                text(e, "outcome"),
                e.hasNonNull("grantHkd") ? e.get("grantHkd").asLong() : null,
                text(e, "level"),
                e.has("level"),
                list(e, "reasons"),
                list(e, "reasonsInclude"),
                list(e, "reasonsExclude"),
                list(e, "inputErrors"));
        return Optional.of(new Scenario(name, line, caseName, kind, input, expectation));
    }

    /** Applies a case's changes to the base: a dotted key sets that path; an object merges into the object there. */
    static void apply(ObjectNode target, ObjectNode changes) {
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            String[] path = change.getKey().split("\\.");
            ObjectNode parent = target;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode next = parent.get(path[i]);
                if (next == null || !next.isObject()) {
                    next = parent.putObject(path[i]);
                }
                parent = (ObjectNode) next;
            }
            String last = path[path.length - 1];
            JsonNode existing = parent.get(last);
            if (change.getValue().isObject() && existing != null && existing.isObject()) {
                apply((ObjectNode) existing, (ObjectNode) change.getValue());
            } else {
                parent.set(last, change.getValue());
            }
        }
    }

    private static Optional<RuleFile> sibling(RulesDirectory directory, RuleFile file, String relative) {
        Path parent = Path.of(file.relativePath()).getParent();
        String wanted = (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize().toString().replace('\\', '/');
        return directory.files().stream().filter(f -> f.relativePath().equals(wanted)).findFirst();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (v.isArray()) {
            for (Iterator<JsonNode> it = v.iterator(); it.hasNext();) {
                values.add(it.next().asString());
            }
        } else {
            values.add(v.asString());
        }
        return values;
    }
}
