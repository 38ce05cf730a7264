package io.github.jingdu.parse.internal;

import io.github.jingdu.text.internal.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a vocabulary head into its headword and the variants written with it:
 * {@code emphasise = emphasize}, {@code research and development (R&D)}.
 */
final class Heads {
    private static final Pattern EQUALS = Pattern.compile("\\s*=\\s*");
    private static final Pattern TRAILING_SHORT_FORM = Pattern.compile("^(.+?)\\s*[(（]([A-Za-z][A-Za-z0-9&.\\-/ ]{0,15})[)）]$");

    /**
     * A head and its variants.
     *
     * @param headword the first form
     * @param variants the others, in order
     */
    record Head(String headword, List<String> variants) {
    }

    private Heads() {
    }

    static Head split(String head) {
        List<String> forms = new ArrayList<>();
        for (String part : head.indexOf('=') < 0 ? new String[] {head} : EQUALS.split(head)) {
            if (!part.isBlank()) {
                forms.add(part.strip());
            }
        }
        if (forms.isEmpty()) {
            return new Head(head, List.of());
        }
        // Every trailing short form is a variant (`X (A) (B)`), and each variant is listed once,
        // so that the canonical `X = A = B` reads back as the same head.
        Matcher m = TRAILING_SHORT_FORM.matcher(forms.get(0));
        while (Scripts.endsInClosingBracket(forms.get(0)) && m.matches()) {
            forms.set(0, m.group(1).strip());
            forms.add(1, m.group(2).strip());
            m = TRAILING_SHORT_FORM.matcher(forms.get(0));
        }
        String headword = forms.get(0);
        List<String> variants = forms.subList(1, forms.size()).stream().filter(v -> !v.equals(headword)).distinct()
                .toList();
        return new Head(headword, variants);
    }
}
