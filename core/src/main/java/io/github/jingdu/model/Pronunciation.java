package io.github.jingdu.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A pronunciation written in a vocabulary entry, such as {@code 美 [ˈdaɪəlz]}.
 *
 * @param region {@code 美} (American), {@code 英} (British) or an empty string when not given
 * @param ipa the transcription between the brackets or slashes
 * @serial exclude Serializable so that values can travel between workers; the form is that of
 *     one version, not a file format
 * @since 0.1.0
 */
public record Pronunciation(String region, String ipa) implements Serializable {

    /**
     * Checks that no component is null.
     *
     * @param region {@code 美} (American), {@code 英} (British) or an empty string when not given
     * @param ipa the transcription between the brackets or slashes
     */
    public Pronunciation {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(ipa, "ipa");
    }

    /**
     * Returns the pronunciation as notes write it: {@code 美 [ˈdaɪəlz]}, or {@code [ˈdaɪəlz]}
     * without a region.
     *
     * @return the region, a space, and the transcription in brackets
     */
    public String written() {
        return (region.isEmpty() ? "" : region + " ") + "[" + ipa + "]";
    }
}
