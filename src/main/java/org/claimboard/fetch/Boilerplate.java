package org.claimboard.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by name (class, id, role, aria-label, against {@code fetch/boilerplate-words.txt})
 * and by text (short blocks such as "Advertisement", from {@code fetch/boilerplate-phrases.txt}).
 */
final class Boilerplate {

    private static final List<List<String>> WORDS = read("boilerplate-words.txt").stream().map(Boilerplate::words)
            .filter(words -> !words.isEmpty()).toList();
    private static final Set<String> PHRASES = new HashSet<>(read("boilerplate-phrases.txt").stream()
            .map(Boilerplate::phrase).toList());
    private static final int LONGEST_PHRASE = PHRASES.stream().mapToInt(String::length).max().orElse(0);

    private Boilerplate() {
    }

    static boolean named(Element element) {
        List<String> words = new ArrayList<>();
        for (String attribute : List.of("class", "id", "role", "aria-label")) {
            words.addAll(words(element.attr(attribute)));
        }
        for (List<String> entry : WORDS) {
            if (containsRun(words, entry)) {
                return true;
            }
        }
        return false;
    }

    static boolean furnitureText(String text) {
        return text.length() <= 2 * LONGEST_PHRASE && PHRASES.contains(phrase(text));
    }

    /** "shareButtons article__share-bar" becomes [share, buttons, article, share, bar]. */
    static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            boolean camelBreak = Character.isUpperCase(c) && k > 0 && Character.isLowerCase(value.charAt(k - 1));
            if (!Character.isLetterOrDigit(c) || camelBreak) {
                flush(word, words);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        for (int start = 0; start + run.size() <= words.size(); start++) {
            if (words.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        while (!lower.isEmpty() && !Character.isLetterOrDigit(lower.charAt(lower.length() - 1))) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return lower.replaceAll("\\s+", " ");
    }

    private static List<String> read(String name) {
        String path = "/fetch/" + name;
        try (InputStream in = Boilerplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }
}
