package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The asset types a dataset accepts: at least one, each once, in the order first given. */
public record AllowedAssetTypes(List<AssetType> types) {
    public static final AllowedAssetTypes BOTH = new AllowedAssetTypes(List.of(AssetType.IMAGE, AssetType.VIDEO));

    public AllowedAssetTypes {
        Violations violations = new Violations();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == null) {
                violations.add(ViolationKind.MISSING, "An allowed asset type must be image or video", i);
            }
        }
        violations.throwInvalidValueIfAny();
        Set<AssetType> distinct = new LinkedHashSet<>(types);
        if (distinct.isEmpty()) {
            throw new InvalidValue(ViolationKind.EMPTY, "A dataset allows at least one asset type");
        }
        types = List.copyOf(distinct);
    }

    /** The types asked for; {@code null} means the default, both. */
    public static AllowedAssetTypes orBoth(List<AssetType> types) {
        return types == null ? BOTH : new AllowedAssetTypes(types);
    }

    public boolean allows(AssetType type) {
        return types.contains(type);
    }
}
