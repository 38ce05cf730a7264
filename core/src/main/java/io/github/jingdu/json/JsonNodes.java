package io.github.jingdu.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads typed values out of a JSON tree, naming the path of anything of the wrong shape. */
final class JsonNodes {
    private JsonNodes() {
    }

    /** A JSON object and the path that leads to it. */
    record At(JsonNode node, String path) {

        At field(String name) throws JsonFormatException {
            JsonNode child = node.get(name);
            if (child == null || child.isNull()) {
                throw new JsonFormatException(child(name), "required field is missing");
            }
            return new At(child, child(name));
        }

        At optionalField(String name) {
            JsonNode child = node.get(name);
            return child == null || child.isNull() ? null : new At(child, child(name));
        }

        String string(String name) throws JsonFormatException {
            return field(name).asString();
        }

        String optionalString(String name) throws JsonFormatException {
            At f = optionalField(name);
            return f == null ? null : f.asString();
        }

        int integer(String name) throws JsonFormatException {
            return field(name).asInt();
        }

        int asInt() throws JsonFormatException {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw new JsonFormatException(path, "expected an integer, found " + describe(node));
            }
            return node.intValue();
        }

        String asString() throws JsonFormatException {
            if (!node.isTextual()) {
                throw new JsonFormatException(path, "expected a string, found " + describe(node));
            }
            return node.textValue();
        }

        List<At> array(String name) throws JsonFormatException {
            At f = field(name);
            return f.elements();
        }

        List<At> optionalArray(String name) throws JsonFormatException {
            At f = optionalField(name);
            return f == null ? List.of() : f.elements();
        }

        List<At> elements() throws JsonFormatException {
            if (!node.isArray()) {
                throw new JsonFormatException(path, "expected an array, found " + describe(node));
            }
            List<At> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                out.add(new At(node.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        At object() throws JsonFormatException {
            if (!node.isObject()) {
                throw new JsonFormatException(path, "expected an object, found " + describe(node));
            }
            return this;
        }

        private String child(String name) {
            return path.equals("$") ? name : path + "." + name;
        }
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
