package org.claimboard.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static String text(String name) throws IOException {
        try (InputStream in = NearDuplicatesTest.class.getResourceAsStream("/dedup/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSyndicatedCopyWithAnotherHeadlineAndFooterIsANearCopy() throws IOException {
        Fingerprint original = NearDuplicates.fingerprint(text("original.txt"));
        Fingerprint syndicated = NearDuplicates.fingerprint(text("syndicated.txt"));
        assertThat(original.similarity(syndicated)).isGreaterThan(0.8);
        assertThat(NearDuplicates.areNearCopies(original, syndicated)).isTrue();
    }

    @Test
    void anotherArticleOnTheSameTopicIsNot() throws IOException {
        Fingerprint original = NearDuplicates.fingerprint(text("original.txt"));
        Fingerprint other = NearDuplicates.fingerprint(text("same-topic.txt"));
        assertThat(original.similarity(other)).isLessThan(0.5);
        assertThat(NearDuplicates.areNearCopies(original, other)).isFalse();
    }

    @Test
    void aTrimmedCopyIsANearCopyButAnArticleQuotingOneParagraphIsNot() throws IOException {
        String original = text("original.txt");
        String[] paragraphs = original.split("\n\n");
        String trimmed = String.join("\n\n", java.util.Arrays.copyOfRange(paragraphs, 0, paragraphs.length * 2 / 3));
        assertThat(NearDuplicates.fingerprint(original).similarity(NearDuplicates.fingerprint(trimmed)))
                .isLessThan(NearDuplicates.SIMILAR);
        assertThat(NearDuplicates.areNearCopies(original, trimmed)).isTrue();

        String quoting = text("same-topic.txt") + "\n\n" + paragraphs[3];
        assertThat(NearDuplicates.areNearCopies(original, quoting)).isFalse();
    }

    @Test
    void ignoresCaseAccentsAndPunctuation() {
        String text = "The Élysée said France would lead the mission, and Britain's ministers agreed on Tuesday.";
        String retyped = "the elysee said: FRANCE would lead the mission -- and Britain’s ministers agreed "
                + "on tuesday";
        assertThat(NearDuplicates.fingerprint(text).similarity(NearDuplicates.fingerprint(retyped))).isEqualTo(1.0);
    }

    @Test
    void emptyTextsAreSimilarToNothing() {
        Fingerprint empty = NearDuplicates.fingerprint("");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(NearDuplicates.fingerprint(null).isEmpty()).isTrue();
        assertThat(NearDuplicates.fingerprint(" -- ... ").isEmpty()).isTrue();
        assertThat(empty.similarity(empty)).isZero();
        assertThat(NearDuplicates.areNearCopies("", "")).isFalse();
        assertThat(NearDuplicates.areNearCopies("", "Some words here and there, more than five.")).isFalse();
    }

    @Test
    void shortTextsAreOneShingle() {
        assertThat(NearDuplicates.fingerprint("Troops to Kyiv").shingleCount()).isEqualTo(1);
        assertThat(NearDuplicates.areNearCopies("Troops to Kyiv", "troops to kyiv!")).isTrue();
        assertThat(NearDuplicates.areNearCopies("Troops to Kyiv", "Troops to Kharkiv")).isFalse();
    }

    @Test
    void survivesStorageAsAString() throws IOException {
        Fingerprint original = NearDuplicates.fingerprint(text("original.txt"));
        String stored = original.encoded();
        assertThat(stored).startsWith("mh1:").hasSizeLessThan(720);
        assertThat(Fingerprint.decode(stored)).contains(original);
        assertThat(Fingerprint.decode("mh1:3:not base64!")).isEmpty();
        assertThat(Fingerprint.decode("mh1:3:AAAA")).isEmpty();
        assertThat(Fingerprint.decode("md5:whatever")).isEmpty();
        assertThat(Fingerprint.decode(null)).isEmpty();
    }
}
