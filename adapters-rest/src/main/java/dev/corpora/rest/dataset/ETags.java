package dev.corpora.rest.dataset;

import dev.corpora.application.dataset.ExpectedVersion;
import dev.corpora.domain.dataset.Dataset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A dataset's ETag is its version, quoted: {@code "3"}. If-Match takes one, a list of them, or {@code *}. */
final class ETags {
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");
    private static final long NO_VERSION = -1;

    private ETags() {
    }

    static String of(Dataset dataset) {
        return "\"" + dataset.version() + "\"";
    }

    /**
     * The version an If-Match header expects. With several tags only the first counts; a tag that is not one of
     * ours matches no version, so the request fails with 412 rather than going ahead.
     */
    static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Matcher tag = TAG.matcher(ifMatch.trim());
        return new ExpectedVersion(tag.lookingAt() ? Long.parseLong(tag.group(1)) : NO_VERSION);
    }
}
