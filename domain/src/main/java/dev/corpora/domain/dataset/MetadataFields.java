package dev.corpora.domain.dataset;

import dev.corpora.domain.error.InvalidValue;
import dev.corpora.domain.error.ViolationKind;
import dev.corpora.domain.error.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A list of metadata field names: each not blank, at most 255 characters, none repeated. */
public record MetadataFields(List<String> names) {
    public static final int MAX_NAME_LENGTH = 255;

    public MetadataFields {
        if (names == null) {
            throw new IllegalArgumentException("an absent list is null, not MetadataFields");
        }
        Violations violations = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                violations.add(ViolationKind.MISSING, "Input should be a valid string, not null", i);
            } else if (name.isBlank()) {
                violations.add(ViolationKind.STRING_TOO_SHORT, "A metadata field name cannot be blank", i);
            } else if (name.length() > MAX_NAME_LENGTH) {
                violations.add(ViolationKind.STRING_TOO_LONG,
                        "String should have at most " + MAX_NAME_LENGTH + " characters", i);
            } else if (!seen.add(name)) {
                violations.add(ViolationKind.VALUE_ERROR, "Field '" + name + "' is listed more than once", i);
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
