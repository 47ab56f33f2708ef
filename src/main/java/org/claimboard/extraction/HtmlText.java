package org.claimboard.extraction;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns HTML into plain text for the extractor, one block element a paragraph (blank line between). */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "aside", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
            "figure", "figcaption", "dl", "dt", "dd", "address", "nav", "form", "title");

    private HtmlText() {
    }

    public static String toText(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html == null ? "" : html);
        page.outputSettings(new OutputSettings().prettyPrint(false));
        page.select("script,style,noscript,template,iframe,svg").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    appendWords(out, textNode.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    newline(out, 1);
                } else if (isBlock(node)) {
                    newline(out, 2);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    newline(out, 2);
                }
            }
        }, page.body());
        return out.toString().strip();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static void appendWords(StringBuilder out, String words) {
        String collapsed = words.replaceAll("\\s+", " ");
        if (collapsed.isBlank()) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            return;
        }
        if (collapsed.startsWith(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private static void newline(StringBuilder out, int count) {
        if (out.isEmpty()) {
            return;
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        int have = 0;
        for (int k = out.length() - 1; k >= 0 && out.charAt(k) == '\n'; k--) {
            have++;
        }
        for (; have < count; have++) {
            out.append('\n');
        }
    }
}
