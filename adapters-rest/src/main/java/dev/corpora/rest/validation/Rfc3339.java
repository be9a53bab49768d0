package dev.corpora.rest.validation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * RFC 3339 date-times ({@code 2026-11-28T18:06:44.123456Z}, {@code 2026-11-28t18:06:44+01:00}) limited to what
 * both databases store: years 1 to 9999, counted in UTC. The one reading of a date-time, for the contract check
 * and for binding alike, so the two never disagree.
 */
public final class Rfc3339 {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private Rfc3339() {
    }

    /** The instant, or empty when the text is not an RFC 3339 date-time of years 1 to 9999 in UTC. */
    public static Optional<OffsetDateTime> parse(String text) {
        try {
            OffsetDateTime time = OffsetDateTime.parse(text, FORMAT);
            int utcYear = time.withOffsetSameInstant(ZoneOffset.UTC).getYear();
            return utcYear >= FIRST_YEAR && utcYear <= LAST_YEAR ? Optional.of(time) : Optional.empty();
        } catch (DateTimeException notADateTime) {
            return Optional.empty();
        }
    }
}
