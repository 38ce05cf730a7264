package io.github.jingdu.terms.internal;

import java.util.HashMap;
import java.util.Map;

/** The irregular forms of common English verbs, which no suffix rule reaches ({@code took} → {@code take}). */
final class IrregularVerbs {
    private static final String TABLE = "be:am,is,are,was,were,been,being;have:has,had,having;do:does,did,done;"
            + "go:goes,went,gone;take:took,taken;come:came;give:gave,given;get:got,gotten;make:made;"
            + "hold:held;break:broke,broken;shake:shook,shaken;grow:grew,grown;run:ran;find:found;"
            + "bring:brought;buy:bought;catch:caught;think:thought;teach:taught;seek:sought;fight:fought;"
            + "keep:kept;leave:left;lose:lost;mean:meant;meet:met;pay:paid;say:said;sell:sold;send:sent;"
            + "spend:spent;stand:stood;tell:told;understand:understood;win:won;write:wrote,written;"
            + "speak:spoke,spoken;drive:drove,driven;rise:rose,risen;fall:fell,fallen;draw:drew,drawn;"
            + "throw:threw,thrown;blow:blew,blown;know:knew,known;show:showed,shown;see:saw,seen;"
            + "eat:ate,eaten;begin:began,begun;drink:drank,drunk;sink:sank,sunk;swim:swam,swum;"
            + "ring:rang,rung;sing:sang,sung;shrink:shrank,shrunk;choose:chose,chosen;freeze:froze,frozen;"
            + "steal:stole,stolen;wake:woke,woken;wear:wore,worn;tear:tore,torn;bear:bore,borne;"
            + "swear:swore,sworn;forget:forgot,forgotten;feed:fed;feel:felt;lead:led;read:read;"
            + "build:built;lend:lent;bend:bent;deal:dealt;dig:dug;hang:hung;stick:stuck;strike:struck;"
            + "swing:swung;spin:spun;slide:slid;shoot:shot;shine:shone;sit:sat;sleep:slept;sweep:swept;"
            + "weep:wept;creep:crept;flee:fled;fly:flew,flown;forgive:forgave,forgiven;hide:hid,hidden;"
            + "ride:rode,ridden;bite:bit,bitten;light:lit;grind:ground;bind:bound;wind:wound;"
            + "undertake:undertook,undertaken;overtake:overtook,overtaken;withdraw:withdrew,withdrawn;"
            + "foresee:foresaw,foreseen;outgrow:outgrew,outgrown;upset:upset;set:set;put:put;cut:cut;"
            + "let:let;hit:hit;hurt:hurt;shut:shut;cost:cost;spread:spread;quit:quit;bet:bet;burst:burst";
    private static final Map<String, String> LEMMAS = new HashMap<>();

    static {
        for (String entry : TABLE.split(";")) {
            String[] parts = entry.split(":");
            for (String form : parts[1].split(",")) {
                LEMMAS.putIfAbsent(form, parts[0]);
            }
        }
    }

    private IrregularVerbs() {
    }

    /** The base form of an irregular verb form, or null. */
    static String lemma(String form) {
        return LEMMAS.get(form);
    }
}
