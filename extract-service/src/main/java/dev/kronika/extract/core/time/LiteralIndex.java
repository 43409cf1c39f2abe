package dev.kronika.extract.core.time;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/**
 * Which of a fixed set of literal strings occur in a stretch of text, in one pass over it
 * (Aho-Corasick). Letters are compared case-folded exactly as a case-insensitive Unicode
 * {@link java.util.regex.Pattern} compares them, so a literal a pattern matches is always found.
 * Immutable; thread-safe.
 */
final class LiteralIndex {

    /** The case folding of {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}: lower case of the upper case. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = Character.isSurrogate((char) c) ? (char) c : Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    private final int size;
    /** Per trie node: its outgoing characters, sorted, and the nodes they lead to. */
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    /** Per node: the literals that end there, directly or through its fail chain. */
    private final int[][] outputs;

    /** @param literals non-empty strings; a literal's id is its index in the list */
    LiteralIndex(List<String> literals) {
        size = literals.size();
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        for (int id = 0; id < literals.size(); id++) {
            String literal = fold(literals.get(id));
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            int node = 0;
            for (int i = 0; i < literal.length(); i++) {
                Integer child = trie.get(node).get(literal.charAt(i));
                if (child == null) {
                    child = trie.size();
                    trie.get(node).put(literal.charAt(i), child);
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                node = child;
            }
            ends.get(node).add(id);
        }
        int nodes = trie.size();
        keys = new char[nodes][];
        targets = new int[nodes][];
        for (int node = 0; node < nodes; node++) {
            keys[node] = new char[trie.get(node).size()];
            targets[node] = new int[trie.get(node).size()];
            int i = 0;
            for (Map.Entry<Character, Integer> edge : trie.get(node).entrySet()) {
                keys[node][i] = edge.getKey();
                targets[node][i] = edge.getValue();
                i++;
            }
        }
        fail = new int[nodes];
        outputs = new int[nodes][];
        outputs[0] = ends.get(0).stream().mapToInt(Integer::intValue).toArray();
        Queue<Integer> queue = new ArrayDeque<>();
        for (int child : targets[0]) {
            fail[child] = 0;
            queue.add(child);
        }
        // breadth first, so a node's fail target is complete before the node
        while (!queue.isEmpty()) {
            int node = queue.remove();
            List<Integer> out = new ArrayList<>(ends.get(node));
            if (node != 0) {
                for (int id : outputs[fail[node]]) {
                    out.add(id);
                }
            }
            outputs[node] = out.stream().mapToInt(Integer::intValue).toArray();
            for (int i = 0; i < keys[node].length; i++) {
                int child = targets[node][i];
                int f = fail[node];
                int next = step(f, keys[node][i]);
                while (next < 0 && f != 0) {
                    f = fail[f];
                    next = step(f, keys[node][i]);
                }
                fail[child] = next >= 0 && next != child ? next : 0;
                queue.add(child);
            }
        }
    }

    static char fold(char c) {
        return FOLD[c];
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = FOLD[chars[i]];
        }
        return new String(chars);
    }

    int size() {
        return size;
    }

    /** Whether each literal occurs in {@code text[begin, end)}, by literal id. */
    boolean[] find(CharSequence text, int begin, int end) {
        boolean[] found = new boolean[size];
        int state = 0;
        for (int i = begin; i < end; i++) {
            char c = FOLD[text.charAt(i)];
            int next = step(state, c);
            while (next < 0 && state != 0) {
                state = fail[state];
                next = step(state, c);
            }
            state = next < 0 ? 0 : next;
            for (int id : outputs[state]) {
                found[id] = true;
            }
        }
        return found;
    }

    private int step(int node, char c) {
        int i = Arrays.binarySearch(keys[node], c);
        return i < 0 ? -1 : targets[node][i];
    }
}
