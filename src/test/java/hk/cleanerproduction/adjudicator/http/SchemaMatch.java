package hk.cleanerproduction.adjudicator.http;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Whether an example of the API description is an instance of its schema, as far as a generated client
 * cares: every required field present, no field the schema does not have, null only where nullable, and
 * the JSON type of each value (references, allOf and arrays followed).
 */
final class SchemaMatch {

    private SchemaMatch() {
    }

    static void check(String where, JsonNode value, JsonNode schema, JsonNode schemas, List<String> mismatches) {
        if (schema == null || value == null) {
            return;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            check(where, value, schemas.get(name), schemas, mismatches);
            return;
        }
        if (schema.has("allOf")) {
            if (value.isNull()) {
                if (!schema.path("nullable").asBoolean(false)) {
                    mismatches.add(where + ": null where the schema allows none");
                }
                return;
            }
            // each part must hold for what it names; fields of the other parts are not extra
            JsonNode merged = merge(schema.get("allOf"), schemas);
            check(where, value, merged, schemas, mismatches);
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                mismatches.add(where + ": null where the schema allows none");
            }
            return;
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    mismatches.add(where + ": not an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asString())) {
                        mismatches.add(where + ": lacks the required " + required.asString());
                    }
                }
                for (Map.Entry<String, JsonNode> field : value.properties()) {
                    if (!properties.isEmpty() && !properties.has(field.getKey()) && !schema.has("additionalProperties")) {
                        mismatches.add(where + ": has " + field.getKey() + ", which the schema does not");
                    } else if (properties.has(field.getKey())) {
                        check(where + "." + field.getKey(), field.getValue(), properties.get(field.getKey()), schemas, mismatches);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    mismatches.add(where + ": not a list");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(where + "[" + i + "]", value.get(i), schema.get("items"), schemas, mismatches);
                }
            }
            case "string" -> {
                if (!value.isString()) {
                    mismatches.add(where + ": not text");
                } else if (schema.has("enum")) {
                    boolean listed = false;
                    for (JsonNode allowed : schema.get("enum")) {
                        listed |= allowed.asString().equals(value.asString());
                    }
                    if (!listed) {
                        mismatches.add(where + ": '" + value.asString() + "' is not one of " + schema.get("enum"));
                    }
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    mismatches.add(where + ": not a whole number");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    mismatches.add(where + ": not a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    mismatches.add(where + ": not true or false");
                }
            }
            default -> {
                // no type: anything goes
            }
        }
    }

    private static JsonNode merge(JsonNode parts, JsonNode schemas) {
        tools.jackson.databind.node.ObjectNode merged = hk.cleanerproduction.adjudicator.adjudication.Json.mapper().createObjectNode();
        merged.put("type", "object");
        tools.jackson.databind.node.ObjectNode properties = merged.putObject("properties");
        tools.jackson.databind.node.ArrayNode required = merged.putArray("required");
        for (JsonNode part : parts) {
            JsonNode resolved = part.has("$ref") ? schemas.get(part.get("$ref").asString().replace("#/components/schemas/", "")) : part;
            resolved.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(required::add);
        }
        return merged;
    }
}
