package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A list of metadata field names: at most 256, each not blank, at most 255 characters, none repeated. */
public record MetadataFields(List<String> names) {
    public static final int MAX_NAMES = 256;
    public static final int MAX_NAME_LENGTH = 255;

    public MetadataFields {
        if (names == null) {
            throw new IllegalArgumentException("an absent list is null, not MetadataFields");
        }
        if (names.size() > MAX_NAMES) {
            throw new InvalidValue(ViolationKind.TOO_MANY, "At most " + MAX_NAMES + " metadata fields");
        }
        Violations violations = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                violations.add(ViolationKind.MISSING, "A metadata field needs a name", i);
            } else if (name.isBlank()) {
                violations.add(ViolationKind.BLANK, "A metadata field name cannot be blank", i);
            } else if (name.length() > MAX_NAME_LENGTH) {
                violations.add(ViolationKind.TOO_LONG,
                        "A metadata field name has at most " + MAX_NAME_LENGTH + " characters", i);
            } else if (!seen.add(name)) {
                violations.add(ViolationKind.REPEATED, "Field '" + name + "' is listed more than once", i);
            }
        }
        violations.throwInvalidValueIfAny();
        names = List.copyOf(names);
    }

    /** @return the fields, or {@code null} for an absent list */
    public static MetadataFields ofNullable(List<String> names) {
        return names == null ? null : new MetadataFields(names);
    }
}
