package dev.corpora.bootstrap.architecture.planted.application;

import dev.corpora.bootstrap.architecture.planted.api.model.GeneratedModel;
import dev.corpora.bootstrap.architecture.planted.domain.PlantedDomain;
import jakarta.inject.Provider;
import java.time.Clock;

/** Use cases: one that keeps to the JDK, the domain and itself, and two that reach outside. */
public final class PlantedApplication {
    private PlantedApplication() {
    }

    public static final class KeepsToTheDomain {
        PlantedDomain.KeepsToTheJdk[] values;
        Clock clock;

        public int handle(int[] amounts) {
            return amounts.length;
        }
    }

    public static final class UsesJakartaInject {
        Provider<Clock> clock;
    }

    public static final class UsesAGeneratedModel {
        GeneratedModel request;
    }
}
