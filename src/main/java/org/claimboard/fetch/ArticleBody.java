package org.claimboard.fetch;

import java.util.List;
import java.util.Set;

import org.claimboard.extraction.HtmlText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article text of a page without its furniture. The container is the marked-up article body, else an
 * {@code <article>}, else {@code <main>}, else the whole body (the candidate with most words after cleaning wins).
 * Cleaning drops navigation-type elements, hidden ones, elements named like furniture
 * ({@link Boilerplate}), link-heavy blocks and short furniture texts, in one pass over the tree.
 * A page whose cleaned text has fewer than {@value #MIN_WORDS} words has no article: the text is empty.
 */
final class ArticleBody {

    static final int MIN_WORDS = 20;
    private static final int MAX_CANDIDATES = 20;
    private static final List<String> CONTAINERS = List.of("[itemprop=articleBody]", "article", "main, [role=main]");
    static final Set<String> DROPPED_TAGS = Set.of("nav", "header", "footer", "aside", "form", "button",
            "dialog", "menu", "select", "input", "textarea", "label", "figure", "h1", "img", "picture", "video",
            "audio", "canvas", "object", "embed");

    private ArticleBody() {
    }

    /** Plain text of the article with paragraph breaks, or "" when the page holds no article. */
    static String text(Document page) {
        for (String selector : CONTAINERS) {
            List<Element> candidates = page.select(selector);
            Element best = best(candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size())));
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
        NodeTraversor.filter(new FurnitureFilter(root), root);
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
