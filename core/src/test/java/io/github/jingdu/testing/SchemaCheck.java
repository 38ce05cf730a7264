package io.github.jingdu.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks JSON against the subset of JSON Schema that docs/jingdu-notes.schema.json uses:
 * {@code $ref}, {@code oneOf}, {@code const}, {@code enum}, {@code type}, {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code minimum},
 * {@code maximum} and {@code pattern}. Any other keyword in the schema fails the check, so the
 * schema cannot silently outgrow this checker.
 */
public final class SchemaCheck {
    private static final List<String> KNOWN = List.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "oneOf", "const", "enum", "type", "required", "properties", "additionalProperties", "items",
            "minimum", "maximum", "pattern");

    private final JsonNode root;

    public SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** Returns the problems found, each with the path of the offending value; empty when valid. */
    public List<String> problems(JsonNode value) {
        List<String> out = new ArrayList<>();
        check(root, value, "$", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> out) {
        Iterator<String> keywords = schema.fieldNames();
        while (keywords.hasNext()) {
            String k = keywords.next();
            if (!KNOWN.contains(k)) {
                out.add("schema keyword not supported by the checker: " + k);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(root.at(ref.substring(1)), value, path, out);
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> inner = new ArrayList<>();
                check(option, value, path, inner);
                if (inner.isEmpty()) {
                    matching++;
                }
            }
            if (matching != 1) {
                out.add(path + ": matches " + matching + " of the oneOf alternatives, not exactly one");
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(path + ": expected " + schema.get("const") + ", found " + value);
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
            out.add(path + ": expected type " + schema.get("type").asText() + ", found " + value.getNodeType());
            return;
        }
        if (value.isObject()) {
            object(schema, value, path, out);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
        if (value.isNumber() && schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
            out.add(path + ": below the minimum " + schema.get("minimum"));
        }
        if (value.isNumber() && schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
            out.add(path + ": above the maximum " + schema.get("maximum"));
        }
        if (value.isTextual() && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            out.add(path + ": does not match " + schema.get("pattern").asText());
        }
    }

    private void object(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    out.add(path + "." + name.asText() + ": required but missing");
                }
            }
        }
        JsonNode properties = schema.get("properties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode property = properties == null ? null : properties.get(f.getKey());
            if (property != null) {
                check(property, f.getValue(), path + "." + f.getKey(), out);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
                out.add(path + "." + f.getKey() + ": not allowed by the schema");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
