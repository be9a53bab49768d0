package dev.corpora.domain.dataset;

/**
 * One field of a partial update: either absent (leave it as it is) or sent, possibly as {@code null}. Absent is
 * not null: {@code description: null} clears a description, an absent description keeps it.
 */
public record Change<T>(boolean sent, T value) {
    private static final Change<?> ABSENT = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> absent() {
        return (Change<T>) ABSENT;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }
}
