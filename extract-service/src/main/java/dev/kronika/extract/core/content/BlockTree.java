package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.PageStructure;

import java.util.ArrayList;
import java.util.List;

/**
 * The element tree of a page rebuilt from its blocks' paths (see {@link HtmlTextExtractor}):
 * every element that holds text becomes a node, and since blocks come in document order each
 * node's blocks form one contiguous range, which makes "everything inside this container" a
 * cheap interval test.
 */
final class BlockTree {

    static final class Node {
        final int id;
        final Node parent;
        final String step;
        final String tag;
        final int depth;
        int firstBlock = Integer.MAX_VALUE;
        int lastBlock = -1;
        int chars;
        int linkChars;
        double proseScore;

        Node(int id, Node parent, String step, int depth) {
            this.id = id;
            this.parent = parent;
            this.step = step;
            this.depth = depth;
            int bracket = step.indexOf('[');
            this.tag = bracket > 0 ? step.substring(0, bracket) : step;
        }

        /** The id and class names of the element, lower-cased, or "" when it has none. */
        String attributes() {
            int end = step.indexOf(']');
            return end >= 0 && end + 1 < step.length() ? step.substring(end + 1) : "";
        }

        boolean contains(int block) {
            return firstBlock <= block && block <= lastBlock;
        }

        boolean isAncestorOf(Node other) {
            for (Node n = other; n != null; n = n.parent) {
                if (n == this) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return step + "[" + firstBlock + ".." + lastBlock + "]";
        }
    }

    final List<Node> nodes = new ArrayList<>();
    /** For each block, the node of its own block element. */
    final Node[] blockNode;

    BlockTree(List<PageStructure.Block> blocks) {
        blockNode = new Node[blocks.size()];
        List<Node> stack = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            String path = blocks.get(b).path();
            int depth = 0;
            int start = 0;
            while (start <= path.length()) {
                int slash = path.indexOf('/', start);
                int end = slash < 0 ? path.length() : slash;
                String step = path.substring(start, end);
                if (depth < stack.size() && !stack.get(depth).step.equals(step)) {
                    while (stack.size() > depth) {
                        stack.remove(stack.size() - 1);
                    }
                }
                if (depth == stack.size()) {
                    Node parent = depth == 0 ? null : stack.get(depth - 1);
                    Node node = new Node(nodes.size(), parent, step, depth);
                    nodes.add(node);
                    stack.add(node);
                }
                depth++;
                if (slash < 0) {
                    break;
                }
                start = slash + 1;
            }
            while (stack.size() > depth) {
                stack.remove(stack.size() - 1);
            }
            Node leaf = stack.get(stack.size() - 1);
            blockNode[b] = leaf;
            int length = blocks.get(b).span().length();
            int links = blocks.get(b).linkChars();
            for (Node n = leaf; n != null; n = n.parent) {
                n.firstBlock = Math.min(n.firstBlock, b);
                n.lastBlock = Math.max(n.lastBlock, b);
                n.chars += length;
                n.linkChars += links;
            }
        }
    }

    /** The deepest node holding both blocks. */
    Node commonAncestor(int a, int b) {
        Node x = blockNode[a];
        Node y = blockNode[b];
        while (x.depth > y.depth) {
            x = x.parent;
        }
        while (y.depth > x.depth) {
            y = y.parent;
        }
        while (x != y) {
            x = x.parent;
            y = y.parent;
        }
        return x;
    }
}
