package dev.corpora.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name_pattern filter: a case-insensitive glob, and the SQL LIKE pattern it becomes. */
class NamePatternTest {

    private static boolean matches(String glob, String name) {
        return new NamePattern(glob).matches(name);
    }

    /**
     * What {@code LOWER(name) LIKE pattern ESCAPE '\'} answers, done independently of {@link NamePattern}: the
     * reference the Java match must agree with.
     */
    private static boolean sqlLike(String likePattern, String name) {
        StringBuilder regex = new StringBuilder("(?s)");
        for (int i = 0; i < likePattern.length(); i++) {
            char c = likePattern.charAt(i);
            if (c == '\\' && i + 1 < likePattern.length()) {
                regex.append(Pattern.quote(String.valueOf(likePattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return name.toLowerCase(java.util.Locale.ROOT).matches(regex.toString());
    }

    @Nested
    class LikePattern {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a_b      | %a\\_b%",
            "A*       | a%",
            "?x%      | _x\\%",
            "Photos   | %photos%",
            "*        | %",
            "?        | _",
            "a\\b     | %a\\\\b%",
            "100%     | %100\\%%",
            "*_2026_? | %\\_2026\\__",
            "HoLiDaY  | %holiday%",
        })
        void escapesLikeWildcardsAndTranslatesTheGlobOnes(String glob, String like) {
            assertThat(new NamePattern(glob).likePattern()).isEqualTo(like);
        }

        @Test
        void emptyPatternMatchesEveryName() {
            assertThat(new NamePattern("").likePattern()).isEqualTo("%%");
            assertThat(matches("", "holiday_photos")).isTrue();
        }
    }

    @Nested
    class WithoutWildcards {
        @Test
        void matchesAnywhereInTheName() {
            assertThat(matches("photo", "holiday_photos_2026")).isTrue();
            assertThat(matches("holiday", "holiday_photos")).isTrue();
            assertThat(matches("photos", "holiday_photos")).isTrue();
            assertThat(matches("holiday_photos", "holiday_photos")).isTrue();
        }

        @Test
        void ignoresCase() {
            assertThat(matches("PHOTO", "Holiday_Photos")).isTrue();
            assertThat(matches("photo", "HOLIDAY_PHOTOS")).isTrue();
        }

        @Test
        void doesNotMatchANameWithoutIt() {
            assertThat(matches("video", "holiday_photos")).isFalse();
            assertThat(matches("holiday_photos_", "holiday_photos")).isFalse();
        }

        @Test
        void underscoreIsLiteral() {
            assertThat(matches("a_b", "xa_by")).isTrue();
            assertThat(matches("a_b", "axb")).isFalse();
        }

        @Test
        void percentAndBackslashAreLiteral() {
            assertThat(matches("a%b", "ab")).isFalse();
            assertThat(matches("a%b", "axxb")).isFalse();
            assertThat(matches("a\\b", "ab")).isFalse();
        }

        @Test
        void regexCharactersAreLiteral() {
            assertThat(matches("a.b", "axb")).isFalse();
            assertThat(matches("a+", "aa")).isFalse();
            assertThat(matches("[a]", "a")).isFalse();
            assertThat(matches("\\E.*", "anything")).isFalse();
        }
    }

    @Nested
    class WithWildcards {
        @Test
        void starIsAnyRunIncludingNone() {
            assertThat(matches("holiday*", "holiday")).isTrue();
            assertThat(matches("holiday*", "holiday_photos")).isTrue();
            assertThat(matches("*photos", "holiday_photos")).isTrue();
            assertThat(matches("h*s", "holiday_photos")).isTrue();
            assertThat(matches("*", "x")).isTrue();
        }

        @Test
        void matchTheWholeName() {
            assertThat(matches("holiday*", "my_holiday")).isFalse();
            assertThat(matches("*photo", "holiday_photos")).isFalse();
        }

        @Test
        void questionMarkIsExactlyOneCharacter() {
            assertThat(matches("ph?to", "photo")).isTrue();
            assertThat(matches("ph?to", "phto")).isFalse();
            assertThat(matches("ph?to", "phooto")).isFalse();
            assertThat(matches("????", "abcd")).isTrue();
            assertThat(matches("????", "abc")).isFalse();
        }

        @Test
        void ignoreCase() {
            assertThat(matches("HOLIDAY_*", "holiday_Photos")).isTrue();
        }

        @Test
        void underscoreNextToAWildcardIsStillLiteral() {
            assertThat(matches("*_2026", "photos_2026")).isTrue();
            assertThat(matches("*_2026", "photos2026")).isFalse();
            assertThat(matches("a_?", "axbc")).isFalse();
        }
    }

    @Nested
    class AgreementWithSql {
        private static final List<String> GLOBS = List.of("a_b", "A*", "?x%", "photo", "PHOTO", "*", "?", "",
                "h*s", "ph?to", "*_2026", "a\\b", "100%", "*a*b*", "??_*", "x", "holiday_photos", "Holiday*2026");
        private static final List<String> NAMES = List.of("a_b", "axb", "xa_by", "ab", "Ab_c", "x", "xx", "ax",
                "holiday_photos", "Holiday_Photos_2026", "photo", "phto", "photos_2026", "photos2026", "a",
                "z_xyz", "abc_def", "aab", "100", "_x", "HOLIDAY_2026");

        @Test
        void javaMatchAnswersAsTheLikePatternWould() {
            for (String glob : GLOBS) {
                NamePattern pattern = new NamePattern(glob);
                for (String name : NAMES) {
                    assertThat(pattern.matches(name))
                            .as("'%s' against '%s' (LIKE '%s')", glob, name, pattern.likePattern())
                            .isEqualTo(sqlLike(pattern.likePattern(), name));
                }
            }
        }
    }

    @Nested
    class Limits {
        @Test
        void acceptsAPatternOf256Characters() {
            assertThat(new NamePattern("a".repeat(256)).glob()).hasSize(256);
        }

        @Test
        void rejectsAPatternOf257CharactersAsTooLong() {
            assertThatThrownBy(() -> new NamePattern("a".repeat(257)))
                    .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.violations())
                            .singleElement().satisfies(v -> assertThat(v.kind())
                                    .isEqualTo(ViolationKind.TOO_LONG)));
        }

        @Test
        void absentPatternIsNullNotANamePattern() {
            assertThatThrownBy(() -> new NamePattern(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Prefix {
        @ParameterizedTest
        @CsvSource({"Seed_4*, seed_4", "ab?c*, ab", "a*b?, a", "*ab, ''", "?ab, ''", "ab, ''", "'', ''"})
        void isTheLowerCasedTextBeforeTheFirstWildcard(String glob, String prefix) {
            assertThat(new NamePattern(glob).prefix()).isEqualTo(prefix);
        }

        @ParameterizedTest
        @CsvSource({"Seed_4*, seed_42, seed_5", "ab?c*, abxc, ac", "a%*, a%b, a&"})
        void everyMatchStartsWithItAndNothingElseDoes(String glob, String matching, String notMatching) {
            NamePattern pattern = new NamePattern(glob);
            assertThat(pattern.matches(matching)).isTrue();
            assertThat(matching.toLowerCase(java.util.Locale.ROOT)).startsWith(pattern.prefix());
            assertThat(notMatching).doesNotStartWith(pattern.prefix());
            assertThat(pattern.matches(notMatching)).isFalse();
        }
    }
}
