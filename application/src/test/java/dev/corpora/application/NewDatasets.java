package dev.corpora.application;

import dev.corpora.domain.dataset.NewDataset;

/** Create requests for the use-case tests: valid unless told otherwise. The rules are tested in the domain. */
public final class NewDatasets {
    private String name = "holiday_photos";
    private String encoderName = "multimodal";

    private NewDatasets() {
    }

    public static NewDatasets aNewDataset() {
        return new NewDatasets();
    }

    public NewDatasets withName(String name) {
        this.name = name;
        return this;
    }

    public NewDatasets withEncoderName(String encoderName) {
        this.encoderName = encoderName;
        return this;
    }

    public NewDataset build() {
        return new NewDataset(name, encoderName, null, null, null, null, null, null, null, null, null, null);
    }
}
