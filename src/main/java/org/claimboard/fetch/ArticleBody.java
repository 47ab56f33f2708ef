package org.claimboard.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimboard.extraction.HtmlText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article text of a page without its furniture. The container is the marked-up article body, else an
 * {@code <article>}, else {@code <main>}, else the whole body (the candidate with most words after cleaning wins).
 * Cleaning drops navigation-type elements, hidden ones, elements named like furniture
 * ({@link Boilerplate}), link-heavy blocks and short furniture texts, in one pass over the tree.
 * A page whose cleaned text has fewer than {@value #MIN_WORDS} words has no article: the text is empty.
 */
final class ArticleBody {

    static final int MIN_WORDS = 20;
    private static final double MAX_LINK_SHARE = 0.5;
    private static final int SHORT_TEXT = 60;
    private static final double MOST_OF_THE_TEXT = 0.6;
    private static final String ARTICLE_MARKERS = "article, [itemprop=articleBody], main, [role=main]";
    private static final List<String> CONTAINERS = List.of("[itemprop=articleBody]", "article", "main, [role=main]");
    private static final Set<String> DROPPED_TAGS = Set.of("nav", "header", "footer", "aside", "form", "button",
            "dialog", "menu", "select", "input", "textarea", "label", "figure", "h1", "img", "picture", "video",
            "audio", "canvas", "object", "embed");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "body", "header");
    private static final Set<String> DENSITY_CHECKED = Set.of("div", "section", "ul", "ol", "li", "p", "table",
            "tr", "td", "dl", "dd", "h2", "h3", "h4", "h5", "h6", "span", "blockquote");

    private ArticleBody() {
    }

    /** Plain text of the article with paragraph breaks, or "" when the page holds no article. */
    static String text(Document page) {
        for (String selector : CONTAINERS) {
            Element best = best(page.select(selector));
            if (best != null) {
                return HtmlText.toText(best.outerHtml());
            }
        }
        Element body = page.body().clone();
        clean(body);
        String text = HtmlText.toText(body.outerHtml());
        return wordCount(text) >= MIN_WORDS ? text : "";
    }

    private static Element best(List<Element> candidates) {
        Element best = null;
        int bestScore = MIN_WORDS - 1;
        for (Element candidate : candidates) {
            Element cleaned = candidate.clone();
            clean(cleaned);
            int words = wordCount(cleaned.text());
            // comment threads and teasers can be <article>s too; the story itself is rarely inside furniture
            int score = insideFurniture(candidate) ? words / 2 : words;
            if (score > bestScore) {
                best = cleaned;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean insideFurniture(Element candidate) {
        for (Element at = candidate.parent(); at != null && !at.nameIs("body"); at = at.parent()) {
            if (DROPPED_TAGS.contains(at.normalName()) || Boilerplate.named(at)) {
                return true;
            }
        }
        return false;
    }

    private static void clean(Element root) {
        clean(root, false, root.text().length());
    }

    /** Cleans below {@code element}; returns its remaining text length and the part of it inside links. */
    private static long[] clean(Element element, boolean inLink, long rootText) {
        long text = 0;
        long linked = 0;
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof TextNode textNode) {
                int length = textNode.text().strip().length();
                text += length;
                linked += inLink ? length : 0;
            } else if (child instanceof Element childElement) {
                if (droppedAsIs(childElement, rootText)) {
                    childElement.remove();
                    continue;
                }
                long[] inside = clean(childElement, inLink || childElement.nameIs("a"), rootText);
                if (droppedForContent(childElement, inside[0], inside[1])) {
                    childElement.remove();
                    continue;
                }
                text += inside[0];
                linked += inside[1];
            }
        }
        return new long[] {text, linked};
    }

    private static boolean droppedAsIs(Element element, long rootText) {
        if (hidden(element) || standaloneTime(element)) {
            return true;
        }
        boolean byTag = DROPPED_TAGS.contains(element.normalName());
        if (!byTag && !Boilerplate.named(element) || element.selectFirst(ARTICLE_MARKERS) != null) {
            return false;
        }
        if (element.nameIs("form") && element.select("p").size() >= 3) {
            return false; // some sites wrap the whole page in one form
        }
        // a wrapper named "content with-sidebar" that holds most of the text is the article, not furniture
        return byTag || element.text().length() <= MOST_OF_THE_TEXT * rootText;
    }

    private static boolean droppedForContent(Element element, long text, long linked) {
        if (DENSITY_CHECKED.contains(element.normalName()) && text > 0 && linked > MAX_LINK_SHARE * text) {
            return true;
        }
        return text <= SHORT_TEXT && Boilerplate.furnitureText(element);
    }

    /** A date shown on its own is page metadata; a date inside a sentence is text. */
    private static boolean standaloneTime(Element element) {
        Element parent = element.parent();
        if (!element.nameIs("time") || parent == null) {
            return false;
        }
        return CONTAINER_TAGS.contains(parent.normalName()) || parent.text().strip().equals(element.text().strip());
    }

    private static boolean hidden(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                || style.contains("display:none") || style.contains("visibility:hidden");
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }
}
