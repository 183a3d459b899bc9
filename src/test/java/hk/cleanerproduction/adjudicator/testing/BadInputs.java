package hk.cleanerproduction.adjudicator.testing;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad and odd inputs made from a good one, reproducibly from a seed: fields missing, null, of the wrong
 * type, huge and tiny numbers, dates that do not parse, unknown enum values and fields, duplicate keys,
 * deep nesting, huge bodies, invalid UTF-8, broken JSON. One to three changes per input, so that several
 * bad fields meet in one answer.
 */
public final class BadInputs {

    /** What no answer may show: a stack trace or a Java class or package name. */
    public static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |\\bat [a-z]+\\.|\\b(java|javax|jakarta|org|com|tools|hk)\\.[a-z]+\\.|\\$\\$|\\.java:\\d");

    private static final JsonNode[] ODD_VALUES = {
            Json.mapper().getNodeFactory().nullNode(), node("\"\""), node("\" \""), node("true"), node("0"), node("-1"),
            node("1e308"), node("-1e308"), node("4.9e-324"), node("123456789012345678901234567890"), node("-0.0"),
            node("0.000000001"), node("2147483648"), node("9223372036854775808"), node("\"2025-02-30\""),
            node("\"2025-13-01\""), node("\"31/12/2025\""), node("\"yesterday\""), node("\"FUJIAN\""),
            node("\"guangdong\""), node("\"NaN\""), node("\"Infinity\""), node("[]"), node("{}"), node("[1,2,3]"),
            node("{\"a\":{\"b\":1}}"), node("\"\\u0000\""), node("\"<script>alert(1)</script>\""),
            node("\"'; DROP TABLE decision; --\""), node("\"../../etc/passwd\""), node("\"${jndi:ldap://x/a}\""),
            node("\"資助\""), node("\"\\ud83d\\ude00\"")};

    private final SplittableRandom random;

    public BadInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private static JsonNode node(String json) {
        return Json.mapper().readTree(json);
    }

    /** A bad or odd body made from {@code good}, as the bytes a client would send. */
    public byte[] next(JsonNode good) {
        int kind = random.nextInt(100);
        if (kind < 70) {
            ObjectNode tree = (ObjectNode) good.deepCopy();
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                mutate(tree);
            }
            return Json.mapper().writeValueAsBytes(tree);
        }
        String text = Json.mapper().writeValueAsString(good);
        return switch (kind) {
            case 70, 71, 72 -> utf8(text.substring(0, random.nextInt(text.length()))); // cut short
            case 73, 74 -> utf8(text + pick(List.of("}", "]", "x", " {}", ",", "\u0000")));
            case 75, 76 -> utf8(text.replaceFirst("\\{", "{\"" + pick(fieldNames(good)) + "\": 1, ")); // a duplicate key
            case 77, 78 -> utf8("[".repeat(2000 + random.nextInt(20000)) + "]".repeat(random.nextInt(3))); // deep nesting
            case 79 -> utf8("{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
            case 80, 81 -> utf8(text.replaceFirst("\"[^\"]*\"\\s*}", "\"" + "x".repeat(1000 + random.nextInt(80_000)) + "\"}"));
            case 82, 83, 84 -> invalidUtf8(text);
            case 85 -> utf8(pick(List.of("", " ", "null", "true", "0", "\"text\"", "[]", "[{}]")));
            case 86, 87 -> utf8(text.replace("\"", "'"));
            case 88 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
            case 89 -> utf8(text.replaceAll("\\d", "\uff11")); // full-width digits
            default -> {
                ObjectNode tree = (ObjectNode) good.deepCopy();
                tree.set(pick(List.of("extra", "__proto__", "class", "@type", "")), pick(ODD_VALUES));
                yield Json.mapper().writeValueAsBytes(tree);
            }
        };
    }

    private void mutate(ObjectNode tree) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(tree, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>(target.propertyNames());
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(name);
            case 1 -> target.putNull(name);
            default -> target.set(name, pick(ODD_VALUES));
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                collect(field.getValue(), objects);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> collect(item, objects));
        }
    }

    private static List<String> fieldNames(JsonNode good) {
        return new ArrayList<>(good.propertyNames());
    }

    private byte[] invalidUtf8(String text) {
        byte[] bytes = utf8(text);
        int at = text.indexOf("\":\"") + 3; // inside the first text value
        byte[] bad = pick(List.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0x80}));
        byte[] out = new byte[bytes.length + bad.length];
        int cut = Math.max(1, Math.min(at, bytes.length));
        System.arraycopy(bytes, 0, out, 0, cut);
        System.arraycopy(bad, 0, out, cut, bad.length);
        System.arraycopy(bytes, cut, out, cut + bad.length, bytes.length - cut);
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private JsonNode pick(JsonNode[] options) {
        return options[random.nextInt(options.length)];
    }
}
