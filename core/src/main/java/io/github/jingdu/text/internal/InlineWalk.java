package io.github.jingdu.text.internal;

import com.vladsch.flexmark.util.ast.Node;

/**
 * A walk through a Flexmark tree in document order without recursion, so that deeply nested
 * input cannot overflow the stack: the reader's text of a paragraph and the renderer's sentence
 * offsets both walk so.
 */
public final class InlineWalk {
    private InlineWalk() {
    }

    /**
     * Returns the node after this one in document order.
     *
     * @param node the node just visited
     * @param root the node whose descendants are walked
     * @param descend whether to go into the node's children (false to pass over them)
     * @return the next node, or null when the walk has left {@code root}
     */
    public static Node next(Node node, Node root, boolean descend) {
        if (descend) {
            return node.getFirstChild();
        }
        Node at = node;
        while (at != null && at.getNext() == null) {
            at = at.getParent();
            if (at == root) {
                return null;
            }
        }
        return at == null ? null : at.getNext();
    }
}
