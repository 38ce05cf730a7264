package io.github.jingdu.anki.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingdu.anki.AnkiWriter;
import io.github.jingdu.anki.Flashcard;
import io.github.jingdu.render.internal.Images;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Anki collection in schema 11 (the {@code collection.anki2} of a package), written with
 * SQLite, and the package around it: the collection, the media map, the media files.
 */
public final class AnkiCollection {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_DECK_ID = 1;
    private static final long DECK_OPTIONS_ID = 1;
    /** Ids stay below 2^53, so that Anki's JavaScript reads them exactly. */
    private static final long ID_MASK = (1L << 52) - 1;
    /** The zip entries' time: fixed, so that the same cards give the same bytes. */
    private static final long ZIP_TIME = 315532800000L;

    private static final String SCHEMA = """
            create table col (id integer primary key, crt integer not null, mod integer not null,
              scm integer not null, ver integer not null, dty integer not null, usn integer not null,
              ls integer not null, conf text not null, models text not null, decks text not null,
              dconf text not null, tags text not null);
            create table notes (id integer primary key, guid text not null, mid integer not null,
              mod integer not null, usn integer not null, tags text not null, flds text not null,
              sfld integer not null, csum integer not null, flags integer not null, data text not null);
            create table cards (id integer primary key, nid integer not null, did integer not null,
              ord integer not null, mod integer not null, usn integer not null, type integer not null,
              queue integer not null, due integer not null, ivl integer not null, factor integer not null,
              reps integer not null, lapses integer not null, left integer not null, odue integer not null,
              odid integer not null, flags integer not null, data text not null);
            create table revlog (id integer primary key, cid integer not null, usn integer not null,
              ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
              time integer not null, type integer not null);
            create table graves (usn integer not null, oid integer not null, type integer not null);
            create index ix_notes_usn on notes (usn);
            create index ix_cards_usn on cards (usn);
            create index ix_revlog_usn on revlog (usn);
            create index ix_cards_nid on cards (nid);
            create index ix_cards_sched on cards (did, queue, due);
            create index ix_revlog_cid on revlog (cid);
            create index ix_notes_csum on notes (csum)""";

    private AnkiCollection() {
    }

    /**
     * Writes a package.
     *
     * @param deck the deck's name
     * @param modified when the notes last changed
     * @param cards the cards
     * @param fields each card's field values, {@link CardFields#NAMES} in order
     * @param media the images the fields name, by file name
     * @param out where the package goes; not closed
     * @throws IOException when it cannot be written
     */
    public static void write(String deck, Instant modified, List<Flashcard> cards, List<List<String>> fields,
            List<Images.Image> media, OutputStream out) throws IOException {
        Path file = Files.createTempFile("jingdu-", ".anki2");
        try {
            collection(file, deck, modified, cards, fields);
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, "collection.anki2", Files.readAllBytes(file));
            ObjectNode map = JSON.createObjectNode();
            for (int i = 0; i < media.size(); i++) {
                String href = media.get(i).href();
                map.put(Integer.toString(i), href.substring(href.lastIndexOf('/') + 1));
            }
            entry(zip, "media", JSON.writeValueAsBytes(map));
            for (int i = 0; i < media.size(); i++) {
                entry(zip, Integer.toString(i), media.get(i).bytes());
            }
            zip.finish();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ZIP_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void collection(Path file, String deck, Instant modified, List<Flashcard> cards,
            List<List<String>> fields) throws IOException {
        long seconds = modified.getEpochSecond();
        long millis = modified.toEpochMilli();
        long modelId = id("notetype\u0000" + AnkiWriter.NOTE_TYPE);
        long deckId = id("deck\u0000" + deck);
        try (Connection db = open(file)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement col = db.prepareStatement("insert into col values (1,?,?,?,11,0,0,0,?,?,?,?,'{}')")) {
                col.setLong(1, seconds);
                col.setLong(2, millis);
                col.setLong(3, millis);
                col.setString(4, conf(deckId, modelId, cards.size()));
                col.setString(5, JSON.writeValueAsString(JSON.createObjectNode()
                        .set(Long.toString(modelId), NoteType.json(JSON, modelId, deckId, seconds))));
                col.setString(6, decks(deckId, deck, seconds));
                col.setString(7, deckOptions(seconds));
                col.executeUpdate();
            }
            try (PreparedStatement note = db.prepareStatement("insert into notes values (?,?,?,?,0,?,?,?,?,0,'')");
                    PreparedStatement card = db.prepareStatement(
                            "insert into cards values (?,?,?,0,?,0,0,0,?,0,0,0,0,0,0,0,0,'')")) {
                Set<Long> used = new HashSet<>();
                for (int i = 0; i < cards.size(); i++) {
                    Flashcard c = cards.get(i);
                    long noteId = id(c.id());
                    while (!used.add(noteId)) {
                        noteId = (noteId + 1) & ID_MASK;
                    }
                    List<String> values = fields.get(i);
                    note.setLong(1, noteId);
                    note.setString(2, c.id());
                    note.setLong(3, modelId);
                    note.setLong(4, seconds);
                    note.setString(5, " " + String.join(" ", c.tags()) + " ");
                    note.setString(6, String.join("\u001f", values));
                    note.setString(7, c.word());
                    note.setLong(8, checksum(c.word()));
                    note.addBatch();
                    card.setLong(1, noteId);
                    card.setLong(2, noteId);
                    card.setLong(3, deckId);
                    card.setLong(4, seconds);
                    card.setLong(5, i + 1);
                    card.addBatch();
                }
                note.executeBatch();
                card.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException("the Anki collection could not be written: " + e.getMessage(), e);
        }
    }

    /** Opens the database with the driver itself, so that no driver registry is needed. */
    private static Connection open(Path file) throws SQLException {
        try {
            return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("writing an Anki package needs org.xerial:sqlite-jdbc on the class path", e);
        }
    }

    private static String conf(long deckId, long modelId, int cards) throws IOException {
        ObjectNode c = JSON.createObjectNode();
        c.put("nextPos", cards + 1);
        c.put("curDeck", deckId);
        c.put("curModel", modelId);
        c.putArray("activeDecks").add(deckId);
        c.put("newSpread", 0);
        c.put("collapseTime", 1200);
        c.put("timeLim", 0);
        c.put("estTimes", true);
        c.put("dueCounts", true);
        c.put("sortType", "noteFld");
        c.put("sortBackwards", false);
        c.put("addToCur", true);
        return JSON.writeValueAsString(c);
    }

    private static String decks(long deckId, String name, long seconds) throws IOException {
        ObjectNode decks = JSON.createObjectNode();
        decks.set(Long.toString(DEFAULT_DECK_ID), deck(DEFAULT_DECK_ID, "Default", seconds));
        decks.set(Long.toString(deckId), deck(deckId, name, seconds));
        return JSON.writeValueAsString(decks);
    }

    private static ObjectNode deck(long id, String name, long seconds) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", id);
        d.put("mod", seconds);
        d.put("name", name);
        d.put("usn", 0);
        for (String today : List.of("lrnToday", "revToday", "newToday", "timeToday")) {
            d.putArray(today).add(0).add(0);
        }
        d.put("collapsed", false);
        d.put("browserCollapsed", false);
        d.put("desc", "");
        d.put("dyn", 0);
        d.put("conf", DECK_OPTIONS_ID);
        d.put("extendNew", 0);
        d.put("extendRev", 0);
        return d;
    }

    /** Anki's default deck options, which the deck uses. */
    private static String deckOptions(long seconds) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", DECK_OPTIONS_ID);
        o.put("mod", seconds);
        o.put("name", "Default");
        o.put("usn", 0);
        o.put("maxTaken", 60);
        o.put("autoplay", true);
        o.put("timer", 0);
        o.put("replayq", true);
        o.put("dyn", false);
        ObjectNode n = o.putObject("new");
        n.put("bury", false);
        n.putArray("delays").add(1.0).add(10.0);
        n.put("initialFactor", 2500);
        n.putArray("ints").add(1).add(4).add(0);
        n.put("order", 1);
        n.put("perDay", 20);
        ObjectNode r = o.putObject("rev");
        r.put("bury", false);
        r.put("ease4", 1.3);
        r.put("ivlFct", 1.0);
        r.put("maxIvl", 36500);
        r.put("perDay", 200);
        r.put("hardFactor", 1.2);
        ObjectNode l = o.putObject("lapse");
        l.putArray("delays").add(10.0);
        l.put("leechAction", 1);
        l.put("leechFails", 8);
        l.put("minInt", 1);
        l.put("mult", 0.0);
        return JSON.writeValueAsString(JSON.createObjectNode().set(Long.toString(DECK_OPTIONS_ID), o));
    }

    /** A positive id below 2^52 from a digest of the key. */
    static long id(String key) {
        byte[] d = sha("SHA-256", key);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        long id = v & ID_MASK;
        return id == 0 ? 1 : id;
    }

    /** Anki's field checksum: the first 8 hex digits of the SHA-1 of the sort field's text, as a number. */
    private static long checksum(String text) {
        byte[] d = sha("SHA-1", text.strip());
        return ((long) (d[0] & 0xFF) << 24) | ((d[1] & 0xFF) << 16) | ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
    }

    private static byte[] sha(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is always available", e);
        }
    }
}
