package dev.corpora.domain.access;

/** The organization a caller acts for; every dataset belongs to exactly one. */
public record OrganizationId(String value) {
    public OrganizationId {
        if (value == null || value.isBlank() || value.length() > 255) {
            throw new IllegalArgumentException("an organization id is 1 to 255 non-blank characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
