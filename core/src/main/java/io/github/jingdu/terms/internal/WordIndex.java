package io.github.jingdu.terms.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which passages of a document hold a word under each of its {@link WordForms} keys. Looking a
 * head up in every other passage costs one {@link HeadMatcher.Head#findIn} per sentence; the index
 * narrows that to the passages that hold all of the head's words, so a document of many
 * passages is not searched once per missing head.
 */
public final class WordIndex {
    private final Map<String, BitSet> passagesByKey = new HashMap<>();
    private final int passageCount;

    /**
     * @param passages for each passage, its sentences' words
     * @param beginnings the {@link WordForms#beginning}s of the keys of every head that will be
     *     looked up ({@link HeadMatcher.Head#beginnings}): words whose keys begin otherwise are
     *     left out
     */
    public WordIndex(List<List<List<HeadMatcher.Word>>> passages, Set<String> beginnings) {
        this.passageCount = passages.size();
        for (int p = 0; p < passages.size(); p++) {
            for (List<HeadMatcher.Word> sentence : passages.get(p)) {
                for (HeadMatcher.Word w : sentence) {
                    if (!w.forms().mayMeet(beginnings)) {
                        continue;
                    }
                    for (String key : w.keys()) {
                        passagesByKey.computeIfAbsent(key, k -> new BitSet()).set(p);
                    }
                }
            }
        }
    }

    /**
     * Returns the passages in which {@link HeadMatcher.Head#findIn} may find the head: those that hold
     * a word for each of its literal tokens.
     *
     * @param head a vocabulary head
     * @return the candidate passages' indices
     */
    public BitSet candidates(String head) {
        BitSet out = new BitSet();
        out.set(0, passageCount);
        for (String token : HeadMatcher.tokens(head)) {
            if (HeadMatcher.isLiteral(token)) {
                BitSet holding = new BitSet();
                for (String key : WordForms.keys(token)) {
                    BitSet b = passagesByKey.get(key);
                    if (b != null) {
                        holding.or(b);
                    }
                }
                out.and(holding);
            }
        }
        return out;
    }
}
