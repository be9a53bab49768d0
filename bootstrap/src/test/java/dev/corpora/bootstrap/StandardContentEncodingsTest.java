package dev.corpora.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardContentEncodingsTest {

    @Test
    void readsAWildcardAsGzip() {
        assertThat(StandardContentEncodings.withoutWildcard("*")).isEqualTo("gzip");
    }

    @Test
    void keepsTheWildcardsQualityAndTheOtherCodings() {
        assertThat(StandardContentEncodings.withoutWildcard("br, *;q=0.5")).isEqualTo("br, gzip;q=0.5");
        assertThat(StandardContentEncodings.withoutWildcard("*;q=0, identity")).isEqualTo("gzip;q=0, identity");
    }

    @Test
    void leavesExplicitCodingsAlone() {
        assertThat(StandardContentEncodings.withoutWildcard("gzip, deflate")).isEqualTo("gzip, deflate");
    }
}
