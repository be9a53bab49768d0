package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which datasets of an organization to list, and which page: every filter is optional and they all apply
 * together. Deleted datasets are left out unless asked for. Pages run oldest first, then by id.
 *
 * @param assetTypes datasets that allow any of these types; empty for no filter
 * @param createdBefore datasets created strictly before; {@code createdAfter} strictly after; likewise for updates
 */
public record DatasetQuery(
        Set<UUID> ids,
        Set<DatasetStatus> statuses,
        Set<AssetType> assetTypes,
        KeyframeSamplingMethod samplingMethod,
        Boolean storeOriginal,
        Boolean storePreview,
        Instant createdBefore,
        Instant createdAfter,
        Instant updatedBefore,
        Instant updatedAfter,
        NamePattern namePattern,
        Boolean newVideoDataModel,
        Boolean celebrityDetectionEnabled,
        Boolean contextStudioEnabled,
        boolean includeDeleted,
        int skip,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /** The canonical text form only: {@link UUID#fromString} also takes shortened groups such as "1-1-1-1-1". */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public DatasetQuery {
        ids = Set.copyOf(ids);
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        assetTypes = assetTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(assetTypes));
        if (skip < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("skip >= 0 and limit 1 to " + MAX_LIMIT);
        }
    }

    /** The filters as a client sent them, not yet checked; any may be {@code null}. */
    public record Input(List<String> ids, List<String> statuses, List<String> assetTypes, String samplingMethod,
                        Boolean storeOriginal, Boolean storePreview, Instant createdBefore, Instant createdAfter,
                        Instant updatedBefore, Instant updatedAfter, String namePattern, Boolean newVideoDataModel,
                        Boolean celebrityDetectionEnabled, Boolean contextStudioEnabled, Boolean includeDeleted,
                        Integer skip, Integer limit) {
    }

    /**
     * Checks the filters. A bad item of a repeated parameter is named by its index, as in
     * {@code ["status", 1]}.
     *
     * @throws ValidationFailed ({@link ValidationFailed.Source#PARAMETERS}) naming every bad parameter
     */
    public static DatasetQuery from(Input input) {
        Violations violations = new Violations();
        Set<UUID> ids = words(input.ids(), "dataset_ids", violations, DatasetQuery::uuid);
        Set<DatasetStatus> statuses = words(input.statuses(), "status", violations, DatasetQuery::status);
        Set<AssetType> types = words(input.assetTypes(), "allowed_asset_types", violations, AssetType::fromWire);
        KeyframeSamplingMethod method = input.samplingMethod() == null ? null
                : violations.check(() -> KeyframeSamplingMethod.fromWire(input.samplingMethod()),
                        "keyframe_sampling_method");
        NamePattern pattern = input.namePattern() == null ? null
                : violations.check(() -> new NamePattern(input.namePattern()), "name_pattern");
        int skip = input.skip() == null ? 0 : input.skip();
        int limit = input.limit() == null ? DEFAULT_LIMIT : input.limit();
        if (skip < 0) {
            violations.add(ViolationKind.GREATER_THAN_EQUAL, "Input should be greater than or equal to 0", "skip");
        }
        if (limit < 1) {
            violations.add(ViolationKind.GREATER_THAN_EQUAL, "Input should be greater than or equal to 1", "limit");
        } else if (limit > MAX_LIMIT) {
            violations.add(ViolationKind.LESS_THAN_EQUAL, "Input should be less than or equal to " + MAX_LIMIT,
                    "limit");
        }
        violations.throwIfAny(ValidationFailed.Source.PARAMETERS);
        return new DatasetQuery(ids, statuses, types,
                method, input.storeOriginal(), input.storePreview(), input.createdBefore(), input.createdAfter(),
                input.updatedBefore(), input.updatedAfter(), pattern, input.newVideoDataModel(),
                input.celebrityDetectionEnabled(), input.contextStudioEnabled(),
                Boolean.TRUE.equals(input.includeDeleted()), skip, limit);
    }

    private static <E> Set<E> words(List<String> words, String parameter, Violations violations,
                                    Function<String, E> parse) {
        Set<E> parsed = new LinkedHashSet<>();
        if (words == null) {
            return parsed;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            E value = violations.check(() -> parse.apply(word), parameter, i);
            if (value != null) {
                parsed.add(value);
            }
        }
        return parsed;
    }

    private static UUID uuid(String word) {
        if (word == null || !UUID_TEXT.matcher(word).matches()) {
            throw new InvalidValue(ViolationKind.UUID_PARSING, "Input should be a valid UUID, unable to parse '"
                    + word + "'");
        }
        return UUID.fromString(word);
    }

    private static DatasetStatus status(String word) {
        for (DatasetStatus status : DatasetStatus.values()) {
            if (status.wireName().equals(word)) {
                return status;
            }
        }
        throw new InvalidValue(ViolationKind.ENUM, "Input should be 'active', 'inactive', 'deleting' or 'deleted'");
    }

    /** The statuses a listing may show: the asked-for ones (all when none), without deleted unless included. */
    public Set<DatasetStatus> visibleStatuses() {
        Set<DatasetStatus> visible = EnumSet.allOf(DatasetStatus.class);
        if (!statuses.isEmpty()) {
            visible.retainAll(statuses);
        }
        if (!includeDeleted) {
            visible.remove(DatasetStatus.DELETED);
        }
        return visible;
    }
}
