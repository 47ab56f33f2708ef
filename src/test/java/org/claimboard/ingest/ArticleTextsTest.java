package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleTextsTest {

    @Test
    void normalisingUnifiesLineBreaksTrailingSpacesBomAndUnicodeForm() {
        String decomposed = "Cafe\u0301 talks  \r\nin Paris.\t\r\rEnd.  \n\n";
        assertThat(ArticleTexts.normalise("\uFEFF" + decomposed)).isEqualTo("Caf\u00e9 talks\nin Paris.\n\nEnd.");
        assertThat(ArticleTexts.normalise(null)).isEmpty();
    }

    @Test
    void leadingIndentationAndInnerSpacesAreKept() {
        assertThat(ArticleTexts.normalise("A  b\n   c")).isEqualTo("A  b\n   c");
    }

    @Test
    void theHashIsSha256Hex() {
        assertThat(ArticleTexts.contentHash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void emptyBinaryAndLetterlessTextsAreNotArticles() {
        assertThat(ArticleTexts.problemWith("")).hasValueSatisfying(r -> assertThat(r).contains("empty"));
        assertThat(ArticleTexts.problemWith("abc\0def")).hasValueSatisfying(r -> assertThat(r).contains("NUL"));
        assertThat(ArticleTexts.problemWith("ab\u0001\u0002\u0003cd\u0004"))
                .hasValueSatisfying(r -> assertThat(r).contains("control characters"));
        assertThat(ArticleTexts.problemWith("2025 -- 10,000")).hasValueSatisfying(r -> assertThat(r).contains("letters"));
    }

    @Test
    void ordinaryTextWithAStrayControlCharacterIsAnArticle() {
        String text = "France will send troops, the minister said on Monday.\u0007 More follows here.";
        assertThat(ArticleTexts.problemWith(text)).isEmpty();
        assertThat(ArticleTexts.problemWith("Київ і Варшава домовилися.")).isEmpty();
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() throws UnreadableArticleException {
        assertThat(SeedFiles.decode("Kyiv – Київ".getBytes(StandardCharsets.UTF_8))).isEqualTo("Kyiv – Київ");
        assertThatThrownBy(() -> SeedFiles.decode(new byte[] {'C', 'a', 'f', (byte) 0xE9}))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("not valid UTF-8");
    }
}
