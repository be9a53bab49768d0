package dev.corpora.bootstrap.architecture.planted.storage;

/** Storage adapters outside the persistence package, known to the REST rule by their names only. */
public final class PlantedStorage {
    private PlantedStorage() {
    }

    public static final class JdbcWidgets {
    }

    public interface WidgetRepository {
    }
}
