package org.claimboard.fetch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length of every element's subtree and whether it holds article markup, gathered in one pass so that
 * cleaning never re-reads a subtree (linear time however deep the page is nested).
 */
final class SubtreeStats {

    private final Map<Element, long[]> stats = new IdentityHashMap<>();

    private SubtreeStats() {
    }

    static SubtreeStats of(Element root) {
        SubtreeStats result = new SubtreeStats();
        Deque<long[]> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !open.isEmpty()) {
                    open.peek()[0] += text.text().strip().length();
                } else if (node instanceof Element) {
                    open.push(new long[2]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    long[] own = open.pop();
                    result.stats.put(element, own);
                    if (!open.isEmpty()) {
                        open.peek()[0] += own[0];
                        open.peek()[1] |= own[1] | (isArticleMarker(element) ? 1 : 0);
                    }
                }
            }
        }, root);
        return result;
    }

    private static boolean isArticleMarker(Element element) {
        return element.nameIs("article") || element.nameIs("main") || "articleBody".equals(element.attr("itemprop"))
                || "main".equals(element.attr("role"));
    }

    long textLength(Element element) {
        long[] own = stats.get(element);
        return own == null ? 0 : own[0];
    }

    /** Whether an {@code <article>}, {@code <main>} or marked-up article body lies below the element. */
    boolean holdsArticle(Element element) {
        long[] own = stats.get(element);
        return own != null && own[1] != 0;
    }
}
