package org.claimboard.fetch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Removes page furniture below a root in one iterative pass (deeply nested pages cannot overflow the stack):
 * on the way down, hidden elements, navigation-type tags and elements named like furniture; on the way up, once
 * an element's text and link text are known, link-heavy blocks and short furniture texts.
 */
final class FurnitureFilter implements NodeFilter {

    private static final double MAX_LINK_SHARE = 0.5;
    private static final int SHORT_TEXT = 60;
    private static final double MOST_OF_THE_TEXT = 0.6;
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "body", "header");
    private static final Set<String> DENSITY_CHECKED = Set.of("div", "section", "ul", "ol", "li", "p", "table",
            "tr", "td", "dl", "dd", "h2", "h3", "h4", "h5", "h6", "span", "blockquote");

    private final SubtreeStats stats;
    private final long rootText;
    /** Per open element: its remaining text length so far, the part inside links, and its text while short. */
    private final Deque<Open> open = new ArrayDeque<>();
    private int linkDepth;

    private static final class Open {
        long text;
        long linked;
        final StringBuilder shortText = new StringBuilder();
    }

    FurnitureFilter(Element root) {
        this.stats = SubtreeStats.of(root);
        this.rootText = stats.textLength(root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode && !open.isEmpty()) {
            String text = textNode.text().strip();
            Open parent = open.peek();
            parent.text += text.length();
            parent.linked += linkDepth > 0 ? text.length() : 0;
            appendShort(parent, text);
        } else if (node instanceof Element element) {
            if (depth > 0 && droppedAsIs(element)) {
                return FilterResult.REMOVE;
            }
            open.push(new Open());
            linkDepth += element.nameIs("a") ? 1 : 0;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        Open own = open.pop();
        linkDepth -= element.nameIs("a") ? 1 : 0;
        if (depth > 0 && droppedForContent(element, own)) {
            return FilterResult.REMOVE;
        }
        if (!open.isEmpty()) {
            Open parent = open.peek();
            parent.text += own.text;
            parent.linked += own.linked;
            appendShort(parent, own.shortText.toString());
        }
        return FilterResult.CONTINUE;
    }

    /** Keeps an element's text only while it could still be a short furniture text. */
    private static void appendShort(Open element, String text) {
        if (!text.isEmpty() && element.shortText.length() + text.length() <= SHORT_TEXT + 1) {
            element.shortText.append(' ').append(text);
        }
    }

    private boolean droppedAsIs(Element element) {
        if (hidden(element) || standaloneTime(element)) {
            return true;
        }
        boolean byTag = ArticleBody.DROPPED_TAGS.contains(element.normalName());
        if (!byTag && !Boilerplate.named(element) || stats.holdsArticle(element)) {
            return false;
        }
        // a page wrapped in one form, or a wrapper named "content with-sidebar", holding most of the text is the
        // article, not furniture
        boolean mostOfTheText = stats.textLength(element) > MOST_OF_THE_TEXT * rootText;
        return !(mostOfTheText && (!byTag || element.nameIs("form")));
    }

    private static boolean droppedForContent(Element element, Open own) {
        if (DENSITY_CHECKED.contains(element.normalName()) && own.text > 0 && own.linked > MAX_LINK_SHARE * own.text) {
            return true;
        }
        return own.text <= SHORT_TEXT && Boilerplate.furnitureText(own.shortText.toString());
    }

    /** A date shown on its own is page metadata; a date inside a sentence is text. */
    private boolean standaloneTime(Element element) {
        Element parent = element.parent();
        if (!element.nameIs("time") || parent == null) {
            return false;
        }
        return CONTAINER_TAGS.contains(parent.normalName()) || stats.textLength(parent) == stats.textLength(element);
    }

    private static boolean hidden(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || style.contains("display:none") || style.contains("visibility:hidden");
    }
}
