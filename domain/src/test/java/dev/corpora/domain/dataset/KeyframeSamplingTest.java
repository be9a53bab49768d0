package dev.corpora.domain.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.error.InvalidValue;
import org.junit.jupiter.api.Test;

class KeyframeSamplingTest {

    @Test
    void intelligentSamplingHasNoUniformRateEvenWhenOneWasSent() {
        KeyframeSampling sampling = new KeyframeSampling(KeyframeSamplingMethod.INTELLIGENT, 3.0);

        assertThat(sampling.requestedFps()).isEqualTo(3.0);
        assertThat(sampling.uniformFps()).isNull();
    }

    @Test
    void uniformSamplingDefaultsToOneKeyframeASecond() {
        assertThat(new KeyframeSampling(KeyframeSamplingMethod.UNIFORM, null).uniformFps()).isEqualTo(1.0);
    }

    @Test
    void uniformSamplingUsesTheRateSent() {
        assertThat(new KeyframeSampling(KeyframeSamplingMethod.UNIFORM, 0.2).uniformFps()).isEqualTo(0.2);
    }

    @Test
    void cannotHoldARateOutOfBounds() {
        assertThatThrownBy(() -> new KeyframeSampling(KeyframeSamplingMethod.UNIFORM, 5.5))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void rejectsRateThatIsNotAFiniteNumber() {
        assertThatThrownBy(() -> KeyframeSampling.checkFps(Double.NaN)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> KeyframeSampling.checkFps(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidValue.class);
    }
}
