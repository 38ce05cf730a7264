package io.github.jingdu.lsp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** Positions as the protocol counts them: lines ended by \n, \r\n or \r, characters in UTF-16 units. */
class LineIndexTest {

    private static final String TEXT = "a😀b\r\nc\rd\ne";

    @Test
    void everyOffsetHasThePositionTheProtocolGivesIt() {
        LineIndex lines = new LineIndex(TEXT);
        String[] expected = {"0:0", "0:1", "0:2", "0:3", "0:4", "0:5", "1:0", "1:1", "2:0", "2:1", "3:0", "3:1"};
        for (int offset = 0; offset <= TEXT.length(); offset++) {
            Position p = lines.position(offset);
            assertEquals(expected[offset], p.getLine() + ":" + p.getCharacter(), "offset " + offset);
        }
    }

    @Test
    void positionsTurnBackIntoOffsetsAndStopAtTheirLinesEnd() {
        LineIndex lines = new LineIndex(TEXT);
        assertEquals(3, lines.offset(new Position(0, 3)));
        assertEquals(6, lines.offset(new Position(1, 0)));
        assertEquals(7, lines.offset(new Position(1, 99)));
        assertEquals(4, lines.offset(new Position(0, 99)));
        assertEquals(11, lines.offset(new Position(3, 99)));
        assertEquals(TEXT.length(), lines.offset(new Position(9, 0)));
        assertEquals(0, lines.offset(new Position(-1, 4)));
    }
}
