package io.github.jingdu.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Compares an expected JSON value with an actual one: objects must have every expected field
 * (more are allowed), arrays exactly the expected number of elements, scalars equal values.
 */
public final class JsonContainment {
    private JsonContainment() {
    }

    /** Returns null when {@code actual} contains {@code expected}, else where and how it differs. */
    public static String difference(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return path + ": expected an object, found " + actual;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode a = actual.get(f.getKey());
                if (a == null) {
                    return path + "." + f.getKey() + ": missing";
                }
                String d = difference(f.getValue(), a, path + "." + f.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return path + ": expected " + expected.size() + " elements, found " + actual;
            }
            for (int i = 0; i < expected.size(); i++) {
                String d = difference(expected.get(i), actual.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", found " + actual;
    }
}
