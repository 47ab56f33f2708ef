package org.claimboard.extraction;

import java.util.stream.Stream;

/** Short texts that are legal but unusual: typography, scripts, invisible characters, malformed numbers and dates. */
final class OddTexts {

    private OddTexts() {
    }

    static Stream<String> all() {
        return Stream.of(
                // typography
                "\u201CFrance will send troops,\u201D Macron said. \u2018Britain\u2019s\u2019 offer \u2014 10,000 \u2013 stands.",
                "\u00ABLa France enverra des troupes\u00BB, a dit le pr\u00E9sident\u2026 \u201EDeutschland nicht\u201C.",
                "The\u00A0UK\u00A0pledged 10\u00A0000\u202Ftroops on\u00A010\u00A0April\u00A02026.",
                // invisible characters inside words and numbers
                "Fr\u200Bance and U\u200DK pledged 10,\u200B000 troops; Ger\u00ADmany declined.",
                "\uFEFFPoland said on April 10 it would not send troops.\uFEFF",
                // right-to-left scripts, alone and mixed with English
                "\u0642\u0627\u0644\u062A \u0641\u0631\u0646\u0633\u0627 \u0625\u0646\u0647\u0627 \u0633\u062A\u0631\u0633\u0644 \u0642\u0648\u0627\u062A.",
                "\u05E6\u05E8\u05E4\u05EA \u05EA\u05E9\u05DC\u05D7 \u05D7\u05D9\u05D9\u05DC\u05D9\u05DD. France \u200F\u05E6\u05E8\u05E4\u05EA\u200E said 5,000 troops.",
                "\u202EFrance will send 5,000 troops\u202C and \u2067Italy declined\u2069.",
                // emoji and other surrogate pairs
                "\uD83C\uDDEB\uD83C\uDDF7 France \uD83C\uDDEC\uD83C\uDDE7 pledged \uD83D\uDC4D\uD83C\uDFFD 10,000 troops \uD83E\uDE96.",
                "\uD835\uDC05\uD835\uDC2B\uD835\uDC1A\uD835\uDC27\uD835\uDC1C\uD835\uDC1E said \uD840\uDC00 troops \uD83D\uDE00\uD83D\uDE00.",
                // combining marks, a few and very many
                "Fran\u0301ce and Ukrai\u0308ne: Zelens\u0301kyy\u0327 said Ge\u0308rmany will not.",
                "Z" + "\u0301\u0308\u0327".repeat(300) + "elensky said France would send troops.",
                // other scripts and digits
                "\u0424\u0440\u0430\u043D\u0446\u0438\u044F \u043E\u0442\u043F\u0440\u0430\u0432\u0438\u0442 \u0432\u043E\u0439\u0441\u043A\u0430. \u6CD5\u56FD\u5C06\u6D3E\u51FA\u519B\u961F\u3002",
                "France will send \uFF11\uFF10\uFF0C\uFF10\uFF10\uFF10 troops and \u0661\u0660\u0660\u0660\u0660 soldiers.",
                // numbers and dates that do not fit
                "France will send 99999999999999999999 troops, the UK 10,000,000,000,000 soldiers.",
                "Germany pledged -5,000 troops and 0 soldiers; Italy 1e9 troops; Spain 3.5.6 troops.",
                "On February 31, 2026, on 31/02/2026, on April 0 and on 0 January 99999 officials met.",
                "On 2026-13-45 and on 31 Febuary 2147483648 the UK said it would send 2147483648 troops.",
                "between 20,000 and 10,000 troops; between and troops; up to troops; over , soldiers",
                // structure
                "...!!!???;;;---\u2014\u2014\u2014'''\"\"\"",
                "U.S.U.S.U.S.U.S. a.m.p.m. e.g. i.e. No. 10 St. Mr. Dr.",
                "Title only without a full stop",
                "\n\n\nFrance\n\n\nsaid\n\n\nyes\n\n\n");
    }
}
