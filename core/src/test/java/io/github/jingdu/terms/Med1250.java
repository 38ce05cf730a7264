package io.github.jingdu.terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The MED1250 gold (Ab3P's distribution): abstracts, each a PubMed id line, a title line, an
 * abstract line, then {@code "  SF|LF"} gold lines; lines starting {@code //} are annotators'
 * remarks outside the gold.
 */
record Med1250(List<Med1250.Abstract> abstracts) {

    /** One abstract and its gold pairs, as {@code sf|lf} in lower case. */
    record Abstract(String id, String text, Set<String> gold) {
    }

    static Med1250 read(Path file) throws IOException {
        String all = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        List<Abstract> abstracts = new ArrayList<>();
        for (String record : all.split("\n\\s*\n")) {
            String[] lines = record.split("\n");
            if (lines.length < 2 || !lines[0].strip().matches("\\d+")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            Set<String> gold = new LinkedHashSet<>();
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("  ") && line.contains("|")) {
                    gold.add(pair(line.strip().substring(0, line.strip().indexOf('|')),
                            line.strip().substring(line.strip().indexOf('|') + 1)));
                } else if (!line.startsWith("//")) {
                    text.append(line.replace('\r', ' ')).append('\n');
                }
            }
            abstracts.add(new Abstract(lines[0].strip(), text.toString(), gold));
        }
        return new Med1250(abstracts);
    }

    static String pair(String shortForm, String longForm) {
        return (shortForm.strip() + "|" + longForm.strip()).toLowerCase(Locale.ROOT);
    }
}
