package org.claimboard.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A gold file: hand-made answers in the format described in the gold README. */
public record Gold(List<Article> articles) {

    public Gold {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public record Article(String file, String publisher, String author, List<String> countries, List<String> outlets,
                          List<String> people, List<Pledge> pledges, List<Attribution> attributions,
                          List<Date> dates) {

        public Article {
            countries = orEmpty(countries);
            outlets = orEmpty(outlets);
            people = orEmpty(people);
            pledges = orEmpty(pledges);
            attributions = orEmpty(attributions);
            dates = orEmpty(dates);
        }
    }

    public record Pledge(String actor, List<String> status, Integer troops, String kind, boolean optional) {

        public Pledge {
            status = orEmpty(status);
        }
    }

    public record Attribution(String outlet, String quote) {
    }

    /** {@code date} is "YYYY-MM-DD", or "--MM-DD" when the text gives no year. */
    public record Date(String date, boolean yearStated) {

        public String monthDay() {
            return date.substring(date.length() - 5);
        }

        public boolean hasYear() {
            return !date.startsWith("--");
        }
    }

    public static Gold read(Path file) throws IOException {
        try {
            return JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build()
                    .readValue(file.toFile(), Gold.class);
        } catch (JacksonException e) {
            throw new IOException("cannot read gold file " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
