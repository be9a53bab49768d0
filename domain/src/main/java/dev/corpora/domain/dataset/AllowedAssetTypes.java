package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The asset types a dataset accepts: at least one, each once, in the order first given. */
public record AllowedAssetTypes(List<AssetType> types) {
    public static final AllowedAssetTypes BOTH = new AllowedAssetTypes(List.of(AssetType.IMAGE, AssetType.VIDEO));

    public AllowedAssetTypes {
        Set<AssetType> distinct = new LinkedHashSet<>(types);
        if (distinct.isEmpty()) {
            throw new InvalidValue(ViolationKind.TOO_SHORT, "List should have at least 1 item");
        }
        types = List.copyOf(distinct);
    }

    /**
     * Reads the wire words; {@code null} means the default, both types.
     *
     * @throws InvalidValue listing every bad item by index
     */
    public static AllowedAssetTypes fromWire(List<String> words) {
        if (words == null) {
            return BOTH;
        }
        Violations violations = new Violations();
        List<AssetType> types = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null) {
                violations.add(ViolationKind.MISSING, "Input should be 'image' or 'video', not null", i);
                continue;
            }
            AssetType type = violations.check(() -> AssetType.fromWire(word), i);
            if (type != null) {
                types.add(type);
            }
        }
        violations.throwInvalidValueIfAny();
        return new AllowedAssetTypes(types);
    }

    public boolean allows(AssetType type) {
        return types.contains(type);
    }
}
