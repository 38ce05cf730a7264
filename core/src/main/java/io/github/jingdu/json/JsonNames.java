package io.github.jingdu.json;

import io.github.jingdu.model.Inflection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The JSON spelling of enumerated values: lower case with hyphens, such as {@code past-participle}. */
final class JsonNames {

    private JsonNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads an enumerated value from its JSON spelling. */
    static <E extends Enum<E>> E of(JsonNodes.At at, Class<E> type) throws JsonFormatException {
        String name = at.asString();
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(name)) {
                return e;
            }
            names.add(of(e));
        }
        throw new JsonFormatException(at.path(), "unknown value \"" + name + "\"; expected one of "
                + String.join(", ", names));
    }

    static Inflection inflection(JsonNodes.At at) throws JsonFormatException {
        String name = at.asString();
        for (Inflection i : Inflection.values()) {
            if (of(i).equals(name)) {
                return i;
            }
        }
        throw new JsonFormatException(at.path(), "unknown inflection \"" + name
                + "\"; expected plural, past, past-participle, past-and-past-participle, present-participle,"
                + " third-person-singular, comparative or superlative");
    }
}
