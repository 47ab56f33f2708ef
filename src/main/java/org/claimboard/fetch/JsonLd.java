package org.claimboard.fetch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article described by a page's JSON-LD blocks: plain objects, arrays and {@code @graph} lists, with
 * {@code @id} references followed one level. Malformed blocks are skipped; nothing here throws on bad input.
 */
final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "Report");

    private final JsonNode article;
    private final Map<String, JsonNode> byId;

    private JsonLd(JsonNode article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = byId;
    }

    static JsonLd of(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data().strip()), nodes, 0);
            } catch (JacksonException | IllegalArgumentException e) {
                // a broken block says nothing; the page may still have others
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        JsonNode article = null;
        for (JsonNode node : nodes) {
            String id = string(node.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, node);
            }
            if (article == null && isArticle(node.get("@type"))) {
                article = node;
            }
        }
        return new JsonLd(article, byId);
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.values().forEach(element -> collect(element, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
            collect(node.get("mainEntity"), into, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return type.values().stream().anyMatch(JsonLd::isArticle);
        }
        String name = string(type);
        if (name == null) {
            return false;
        }
        String local = name.substring(name.lastIndexOf('/') + 1);
        return local.endsWith("Article") || ARTICLE_TYPES.contains(local);
    }

    String headline() {
        return article == null ? null : string(article.get("headline"));
    }

    String datePublished() {
        return article == null ? null : string(article.get("datePublished"));
    }

    String publisher() {
        return article == null ? null : names(article.get("publisher"));
    }

    String author() {
        return article == null ? null : names(article.get("author"));
    }

    /** "A", {"name": "A"}, {"@id": "#a"} or a list of those, as "A, B"; null when none. */
    private String names(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.values().forEach(item -> addName(item, names));
        } else {
            addName(value, names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private void addName(JsonNode value, List<String> names) {
        if (value == null) {
            return;
        }
        JsonNode target = value;
        if (value.isObject() && value.get("name") == null && string(value.get("@id")) != null) {
            target = byId.getOrDefault(string(value.get("@id")), value);
        }
        String name = target.isObject() ? string(target.get("name")) : string(target);
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    /** A non-blank string value, HTML entities decoded and whitespace collapsed; null otherwise. */
    private static String string(JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        String text = Parser.unescapeEntities(value.stringValue(), false).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }
}
